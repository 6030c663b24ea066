// The shields.io "flat" badge as an SVG string: grey label on the left, the state on a
// coloured field on the right, 20 px high. The state is always written out, so colour is
// never the only signal, and every fill keeps white text at a contrast of at least 4.5:1.
import { createHash } from 'node:crypto';
import type { ComplianceState } from '@lantoa/domain';
import { textWidth } from './text-width.js';
import { escapeXml } from './xml.js';

export type BadgeTone = ComplianceState | 'error';

/** Fills for white 11px text; public-badge.test.ts checks each contrast ratio. */
export const BADGE_COLORS: Record<BadgeTone, string> = {
  met: '#2e7d32',
  pending_review: '#1565c0',
  in_progress: '#00695c',
  due_soon: '#a14a00',
  overdue: '#c62828',
  not_met: '#8e24aa',
  not_applicable: '#616161',
  error: '#616161',
};
export const LABEL_COLOR = '#555';

export interface BadgeInput {
  label: string;
  message: string;
  tone: BadgeTone;
  /** What a screen reader says and a tooltip shows, e.g. "Chỉ tiêu CT-03 (…): Đạt". */
  description: string;
  /** Seeds the element ids, so two badges inlined in one page never share an id. */
  idSeed: string;
}

const PADDING = 5;
const round1 = (n: number) => Math.round(n * 10) / 10;

export function renderBadge(input: BadgeInput): string {
  const label = input.label.normalize('NFC');
  const message = input.message.normalize('NFC');
  const labelText = round1(textWidth(label));
  const messageText = round1(textWidth(message));
  const left = Math.ceil(labelText + 2 * PADDING);
  const right = Math.ceil(messageText + 2 * PADDING);
  const width = left + right;
  const id = createHash('sha256').update(input.idSeed).digest('hex').slice(0, 10);
  const gradient = `lt-s-${id}`;
  const clip = `lt-r-${id}`;
  const description = escapeXml(input.description.normalize('NFC'));
  const text = (value: string, x: number, length: number) => {
    const v = escapeXml(value);
    return (
      `<text aria-hidden="true" x="${x}" y="15" fill="#010101" fill-opacity=".3" textLength="${length}">${v}</text>` +
      `<text x="${x}" y="14" textLength="${length}">${v}</text>`
    );
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${description}">`,
    `<title>${description}</title>`,
    `<linearGradient id="${gradient}" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="${clip}"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#${clip})"><rect width="${left}" height="20" fill="${LABEL_COLOR}"/>`,
    `<rect x="${left}" width="${right}" height="20" fill="${BADGE_COLORS[input.tone]}"/>`,
    `<rect width="${width}" height="20" fill="url(#${gradient})"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">`,
    text(label, round1(left / 2), labelText),
    text(message, round1(left + right / 2), messageText),
    '</g></svg>',
  ].join('');
}
