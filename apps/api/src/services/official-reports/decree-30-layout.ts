// The page of Decree 30/2020/NĐ-CP, Appendix I, as docx building blocks: A4 with its
// margins, Times New Roman in black, the two-column header (governing and issuing body,
// number; national title, motto, place and date), the "Nơi nhận" and signature block, and
// the page number centred in the header from page 2. Sizes are in the units Word stores:
// twips (1/20 pt) for lengths, half-points for type.
import {
  AlignmentType,
  BorderStyle,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const FONT = 'Times New Roman';
const mm = (n: number) => Math.round((n * 1440) / 25.4);
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
};
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Body type 14 pt, first line indented 1 cm, 6 pt after, line spacing 1.15 (all in the
 *  decree's ranges: 13–14 pt, 1–1.27 cm, ≥ 6 pt, single to 1.5). */
export const BODY = { size: 28, firstLine: mm(10), after: 120, line: 276 };

// The left block is the narrower; cells have no inner margins so the bodies' names fit.
const LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.42);
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const centred = (line: Line, extra: { after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: extra.after ?? 0, line: 240 },
    children: [new TextRun({ ...line, size: line.size ?? 26 })],
  });

/** A rule under a line: a bottom border on a paragraph indented to the given width. */
function ruled(line: Line, columnWidth: number, ruleWidth: number) {
  const side = Math.max(0, Math.round((columnWidth - ruleWidth) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    indent: { left: side, right: side },
    border: { bottom: RULE },
    children: [new TextRun({ ...line, size: line.size ?? 26 })],
  });
}

/** A short rule of its own: an empty, exactly 5 pt high paragraph with a top border. */
function rule(columnWidth: number, ruleWidth: number) {
  const side = Math.max(0, Math.round((columnWidth - ruleWidth) / 2));
  return new Paragraph({
    spacing: { before: 100, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { top: RULE },
    children: [],
  });
}

/** Width of Times New Roman bold text in twips, a little generous (average glyph ≈ 0.5 em)
 *  so the text never wraps inside its own rule. */
const boldWidth = (text: string, halfPoints: number) => Math.round(text.length * halfPoints * 5);

const NO_MARGINS = { left: 0, right: 0, top: 0, bottom: 0 };
const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, margins: NO_MARGINS, children });

export interface HeaderBlock {
  governingBody: string;
  issuingBody: string;
  number: string;
  dateLine: string;
}

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Decree 30's borderless two-column header. */
export function headerTable(h: HeaderBlock): Table {
  const issuing = h.issuingBody.toLocaleUpperCase('vi');
  const left = [
    centred({ text: h.governingBody.toLocaleUpperCase('vi'), size: 24 }),
    // The issuing body in bold capitals, with a short rule (a third of its column) under it.
    centred({ text: issuing, bold: true, size: 24 }),
    rule(LEFT_COLUMN, Math.round(LEFT_COLUMN / 3)),
    centred({ text: `Số: ${h.number}` }),
  ];
  const right = [
    centred({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 24 }),
    // The motto's rule runs exactly as long as the motto.
    ruled({ text: MOTTO, bold: true, size: 26 }, RIGHT_COLUMN, boldWidth(MOTTO, 26)),
    centred({ text: '' }),
    centred({ text: h.dateLine, italics: true, size: 28 }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(LEFT_COLUMN, left), cell(RIGHT_COLUMN, right)] })],
  });
}

/** "BÁO CÁO" and the subject, centred and bold, with a short rule under the subject. */
export function titleBlock(subject: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0, line: 240 },
      children: [new TextRun({ text: 'BÁO CÁO', bold: true, size: 28 })],
    }),
    centred({ text: subject, bold: true, size: 28 }),
    rule(TEXT_WIDTH, Math.round(TEXT_WIDTH / 4)),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

export interface SignatureBlock {
  recipients: string[];
  signingAuthority: string;
  signerTitle: string;
  signerName: string;
}

/** "Nơi nhận:" (bold italic 12 pt, the list 11 pt) beside the signature block. */
export function signatureTable(s: SignatureBlock): Table {
  const recipients = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: 24 })],
    }),
    ...[...s.recipients, 'Lưu: VT.'].map(
      (text, i, all) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ text: `- ${text}${i < all.length - 1 ? ';' : ''}`, size: 22 })],
        }),
    ),
  ];
  const signature = [
    centred({ text: s.signingAuthority.toLocaleUpperCase('vi'), bold: true, size: 28 }),
    centred({ text: s.signerTitle.toLocaleUpperCase('vi'), bold: true, size: 28 }),
    // Room for the signature and the seal: 30 mm above the name.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: mm(30), after: 0, line: 240 },
      children: [new TextRun({ text: s.signerName, bold: true, size: 28 })],
    }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    borders: TableBorders.NONE,
    rows: [
      // Never split: a signature alone on a page signs nothing.
      new TableRow({
        cantSplit: true,
        children: [cell(LEFT_COLUMN, recipients), cell(RIGHT_COLUMN, signature)],
      }),
    ],
  });
}

/** Pages 2 onwards: the page number centred in the header (page 1 has a header of its own). */
export function pageHeaders() {
  const number: ParagraphChild = new TextRun({ children: [PageNumber.CURRENT], size: 28 });
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })],
    }),
  };
}
