import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a secret kept in the data folder, creating it on first use. Development and
 * test setups get stable secrets across restarts without anyone having to invent one.
 */
export function dataDirSecret(dataDir: string, fileName: string, bytes = 48): string {
  return dataDirFile(dataDir, fileName, () => randomBytes(bytes).toString('base64url'));
}

/** The text kept in a file of the data folder, written by `create` on first use, readable by its owner only. */
export function dataDirFile(dataDir: string, fileName: string, create: () => string): string {
  const path = join(dataDir, fileName);
  if (existsSync(path)) {
    return readFileSync(path, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = create();
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
