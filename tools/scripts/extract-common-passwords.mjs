#!/usr/bin/env node
// Regenerates apps/api/src/assets/common-passwords.txt from the npm package
// @zxcvbn-ts/language-common (MIT). It exists so that the committed list is
// auditable: anyone can re-derive it from the published package and diff.
//
//   mkdir -p /tmp/pw && npm install --prefix /tmp/pw @zxcvbn-ts/language-common@4.1.3
//   node tools/scripts/extract-common-passwords.mjs /tmp/pw/node_modules/@zxcvbn-ts/language-common [out.txt]
//
// Transformation: read src/passwords.json (an array already ordered by
// frequency rank), lower-case each entry, drop empty entries and entries
// containing a line break, keep the first occurrence of duplicates (rank order),
// write one per line (LF, UTF-8, trailing newline).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [pkgDir, outArg] = process.argv.slice(2);
if (!pkgDir) {
  console.error('usage: extract-common-passwords.mjs <path to @zxcvbn-ts/language-common> [output file]');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const list = JSON.parse(readFileSync(join(pkgDir, 'src', 'passwords.json'), 'utf8'));

const seen = new Set();
for (const entry of list) {
  const pw = String(entry).toLowerCase();
  if (pw && !/[\r\n]/.test(pw)) seen.add(pw); // a Set keeps first-insertion order
}

const out =
  outArg ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../apps/api/src/assets/common-passwords.txt');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, [...seen].join('\n') + '\n', 'utf8');
console.log(`${pkg.name}@${pkg.version} (${pkg.license}): ${list.length} entries in, ${seen.size} written to ${out}`);
