import { DataSource } from 'typeorm';
import { ConfigError } from '../../../config/config-error';
import { fieldKeyRingFromEnvironment } from '../../../config/field-keys-config';
import { FieldCipher } from '../../../field-encryption/field-cipher';
import { parseIsoDay } from '../utc-days';
import { connectDatabase } from './demo-data-database';
import { MAX_SCALE, seedScaleOrganization } from './scale-organization';

export const USAGE = 'usage: npm run demo-data -- --scale N [--seed S] [--as-of YYYY-MM-DD]';

export interface DemoDataArguments {
  readonly scale: number;
  readonly seed: string | undefined;
  readonly asOf: string | undefined;
}

export interface CommandOutput {
  write(text: string): unknown;
}

/** Reads `--scale N [--seed S] [--as-of YYYY-MM-DD]` (also `--name=value`); throws a RangeError on anything else. */
export function parseDemoDataArguments(argv: readonly string[]): DemoDataArguments {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const [flag = '', inline] = (argv[index] ?? '').split(/=(.*)/s);
    if (!['--scale', '--seed', '--as-of'].includes(flag) || values.has(flag)) {
      throw new RangeError(`unexpected argument "${argv[index]}"`);
    }
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') {
      throw new RangeError(`${flag} needs a value`);
    }
    values.set(flag, value);
  }
  const scale = values.get('--scale');
  if (scale === undefined) {
    throw new RangeError('--scale is required');
  }
  if (!/^\d+$/.test(scale) || Number(scale) < 1 || Number(scale) > MAX_SCALE) {
    throw new RangeError(`--scale must be a whole number from 1 to ${MAX_SCALE} (got "${scale}")`);
  }
  const asOf = values.get('--as-of');
  if (asOf !== undefined) {
    parseIsoDay(asOf);
  }
  return { scale: Number(scale), seed: values.get('--seed'), asOf };
}

/**
 * `npm run demo-data`: fills the organization "Scale N" in the database at DATABASE_URL and
 * reports progress and the time taken. Resolves to the process's exit code: 2 for a usage
 * error, 1 when the database refuses.
 */
export async function runDemoDataCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: CommandOutput = process.stdout,
  err: CommandOutput = process.stderr,
): Promise<number> {
  let args: DemoDataArguments;
  try {
    args = parseDemoDataArguments(argv);
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const databaseUrl = env['DATABASE_URL'];
  const password = env['DEMO_PASSWORD'];
  if (!databaseUrl || !password) {
    const missing = [
      databaseUrl ? [] : ['DATABASE_URL (the postgres:// URL of the database to fill)'],
      password ? [] : ['DEMO_PASSWORD (the password of admin@scale-N.example, 12 to 128 characters)'],
    ].flat();
    err.write(`Set ${missing.join(' and ')}.\n${USAGE}\n`);
    return 2;
  }
  let cipher: FieldCipher;
  try {
    cipher = new FieldCipher(fieldKeyRingFromEnvironment(env));
  } catch (error) {
    err.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    return 2;
  }
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  let dataSource: DataSource;
  try {
    dataSource = await connectDatabase(databaseUrl);
  } catch (error) {
    err.write(`Cannot use the database at DATABASE_URL: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    out.write(`Filling "Scale ${args.scale}" with ${args.scale} properties\n`);
    const result = await seedScaleOrganization(dataSource, {
      scale: args.scale,
      seed: args.seed,
      asOf: args.asOf,
      password,
      cipher,
      onProgress: (written) => out.write(`  ${written}/${args.scale} properties (${elapsed()})\n`),
    });
    const { counts } = result;
    out.write(
      `Done in ${elapsed()}: ${counts.units} units, ${counts.dailyMetrics} daily metrics, ` +
        `${counts.workOrders} work orders (seed ${result.seed}, as of ${result.asOf}); ` +
        `sign in as ${result.adminEmail}\n`,
    );
    return 0;
  } catch (error) {
    err.write(`${error instanceof RangeError ? error.message : (error as Error).stack}\n`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}
