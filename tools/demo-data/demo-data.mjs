#!/usr/bin/env node
// npm run demo-data -- --scale N [--seed S] [--as-of YYYY-MM-DD]: creates or replaces the
// organization "Scale N" with N properties of generated portfolio data in the database at
// DATABASE_URL; its admin, admin@scale-N.example, gets DEMO_PASSWORD. Runs the API's build
// (dist/apps/api/demo-data.js), which tools can also require for seedScaleOrganization().
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const bundle = join(import.meta.dirname, '..', '..', 'dist', 'apps', 'api', 'demo-data.js');
if (!existsSync(bundle)) {
  process.stderr.write('dist/apps/api/demo-data.js is missing: build the API first (npx nx build api)\n');
  process.exit(2);
}
const { runDemoDataCommand } = createRequire(import.meta.url)(bundle);
process.exitCode = await runDemoDataCommand(process.argv.slice(2), process.env);
