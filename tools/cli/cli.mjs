#!/usr/bin/env node
// npm run cli -- <command>: the operators' commands, such as rotate-field-keys (re-encrypts the
// personal data of the database at DATABASE_URL under the first key of FIELD_ENCRYPTION_KEYS).
// Runs the API's build (dist/apps/api/cli.js).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const bundle = join(import.meta.dirname, '..', '..', 'dist', 'apps', 'api', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('dist/apps/api/cli.js is missing: build the API first (npx nx build api)\n');
  process.exit(2);
}
const { runCli } = createRequire(import.meta.url)(bundle);
process.exitCode = await runCli(process.argv.slice(2), process.env);
