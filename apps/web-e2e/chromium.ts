import { existsSync } from 'node:fs';

/** Debian's Chromium; nothing downloads a browser of its own here. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Without these, Chromium keeps calling Google's services, which a closed network
 * refuses many times a second; as root it also needs --no-sandbox.
 */
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

export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}; the browser tests need it.\n` +
        'Install it with:  sudo apt-get install -y chromium\n' +
        '(or point CHROMIUM_PATH at a Chromium or Chrome binary).',
    );
  }
  return CHROMIUM_PATH;
}
