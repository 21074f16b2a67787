#!/usr/bin/env node
// The API contract is two committed artifacts: libs/api-client/openapi.json, exported from
// the API's code, and the Angular client generated from it. `generate` rewrites both;
// `check` regenerates them in a scratch folder and fails when the committed ones differ,
// so a route or DTO change cannot land without its contract.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const exporter = join(root, 'dist/apps/api/export-openapi.js');
const committedDocument = join(root, 'libs/api-client/openapi.json');
const committedClient = join(root, 'libs/api-client/src/lib/generated');
const generatorConfig = JSON.parse(readFileSync(join(root, 'libs/api-client/ng-openapi-gen.json'), 'utf8'));

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

function generate(documentPath, clientPath) {
  if (!existsSync(exporter)) {
    throw new Error('dist/apps/api/export-openapi.js is missing: build the API first (npx nx build api)');
  }
  run(process.execPath, [exporter, documentPath]);
  const config = { ...generatorConfig, input: documentPath, output: clientPath };
  const configPath = join(tmpdir(), `ng-openapi-gen-${process.pid}.json`);
  writeFileSync(configPath, JSON.stringify(config));
  try {
    run(process.execPath, [join(root, 'node_modules/ng-openapi-gen/lib/index.js'), '--config', configPath]);
  } finally {
    rmSync(configPath, { force: true });
  }
}

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort();
}

function differences(expectedFolder, actualFolder) {
  const expected = filesUnder(expectedFolder);
  const actual = existsSync(actualFolder) ? filesUnder(actualFolder) : [];
  const all = [...new Set([...expected, ...actual])].sort();
  return all.filter(
    (path) =>
      !expected.includes(path) ||
      !actual.includes(path) ||
      readFileSync(join(expectedFolder, path), 'utf8') !== readFileSync(join(actualFolder, path), 'utf8'),
  );
}

const mode = process.argv[2];
if (mode === 'generate') {
  generate(committedDocument, committedClient);
  process.stdout.write(`Wrote ${relative(root, committedDocument)} and ${relative(root, committedClient)}\n`);
} else if (mode === 'check') {
  const scratch = mkdtempSync(join(tmpdir(), 'ownerdash-contract-'));
  try {
    const document = join(scratch, 'openapi.json');
    const client = join(scratch, 'generated');
    generate(document, client);
    const stale = [];
    if (!existsSync(committedDocument) || readFileSync(document, 'utf8') !== readFileSync(committedDocument, 'utf8')) {
      stale.push(relative(root, committedDocument));
    }
    stale.push(...differences(client, committedClient).map((path) => relative(root, join(committedClient, path))));
    if (stale.length > 0) {
      process.stderr.write(
        `The committed API contract is out of date with the code:\n${stale.map((path) => `  ${path}`).join('\n')}\n` +
          'Run "npm run api-client:generate" and commit the result.\n',
      );
      process.exit(1);
    }
    process.stdout.write('The committed OpenAPI document and API client match the code.\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  process.stderr.write('usage: api-contract.mjs generate|check\n');
  process.exit(2);
}
