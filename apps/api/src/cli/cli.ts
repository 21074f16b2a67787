import 'reflect-metadata';
import { CommandOutput } from './progress-bar';
import { runRotateFieldKeys } from './rotate-field-keys.command';

/**
 * The entry of `dist/apps/api/cli.js` (see webpack.config.js), which `npm run cli -- <command>`
 * (tools/cli) runs: the operators' commands on the database at DATABASE_URL.
 */
const COMMANDS: Readonly<
  Record<
    string,
    (argv: readonly string[], env: NodeJS.ProcessEnv, out: CommandOutput, err: CommandOutput) => Promise<number>
  >
> = {
  'rotate-field-keys': runRotateFieldKeys,
};

export const CLI_USAGE = `usage: npm run cli -- <command>; commands: ${Object.keys(COMMANDS).join(', ')}`;

/** Runs one command; resolves to the process's exit code (2 for an unknown command). */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: CommandOutput = process.stdout,
  err: CommandOutput = process.stderr,
): Promise<number> {
  const [name = '', ...rest] = argv;
  const command = COMMANDS[name];
  if (!command) {
    err.write(`${name ? `unknown command "${name}"\n` : ''}${CLI_USAGE}\n`);
    return 2;
  }
  return command(rest, env, out, err);
}
