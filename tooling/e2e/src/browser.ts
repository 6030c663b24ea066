// Launches Debian's Chromium (/usr/bin/chromium, installed by apt, never downloaded)
// through playwright-core, headless and quiet: no GPU, no QUIC, no background traffic.
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LANTOA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
