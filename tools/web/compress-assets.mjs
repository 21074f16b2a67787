#!/usr/bin/env node
// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the built web
// app, once at build time at the highest levels, so the server sends them as they are instead of
// compressing on every request. index.html is left out: the server writes it anew for every
// response, with that response's CSP nonce.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest|map)$/;
/** Below this a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: compress-assets.mjs <folder of the built web app>\n');
  process.exit(2);
}

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* files(path);
    } else if (COMPRESSIBLE.test(entry.name) && entry.name !== 'index.html') {
      yield path;
    }
  }
}

let count = 0;
let before = 0;
let afterBrotli = 0;
for (const path of files(root)) {
  if (statSync(path).size < MIN_BYTES) {
    continue;
  }
  const content = readFileSync(path);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
  count += 1;
  before += content.length;
  afterBrotli += brotli.length;
}
const kb = (bytes) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
process.stdout.write(
  `Compressed ${count} files of ${relative(process.cwd(), root) || '.'}: ${kb(before)}, ${kb(afterBrotli)} with Brotli\n`,
);
