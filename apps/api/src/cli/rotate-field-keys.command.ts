import { DataSource } from 'typeorm';
import { ConfigError } from '../config/config-error';
import { fieldKeyRingFromEnvironment } from '../config/field-keys-config';
import { FieldCipher } from '../field-encryption/field-cipher';
import { rotateFieldKeys } from '../field-encryption/key-rotation';
import { ENCRYPTED_COLUMNS } from '../portfolio/data/encrypted-columns';
import { connectDatabase } from '../portfolio/demo-data/scale/demo-data-database';
import { CommandOutput, progressBar } from './progress-bar';

export const ROTATE_USAGE = 'usage: npm run cli -- rotate-field-keys';

/**
 * `npm run cli -- rotate-field-keys`: re-encrypts the personal data of the database at DATABASE_URL
 * under the primary (first) key of FIELD_ENCRYPTION_KEYS, with a progress bar on `err`. Resolves to
 * the exit code: 2 for a usage or configuration error, 1 when the database refuses or some values
 * could not be decrypted with any key of the ring (each one listed).
 */
export async function runRotateFieldKeys(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: CommandOutput,
  err: CommandOutput,
): Promise<number> {
  if (argv.length > 0) {
    err.write(`unexpected argument "${argv[0]}"\n${ROTATE_USAGE}\n`);
    return 2;
  }
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) {
    err.write(`Set DATABASE_URL (the postgres:// URL of the database whose personal data to re-encrypt).\n`);
    return 2;
  }
  let cipher: FieldCipher;
  try {
    cipher = new FieldCipher(fieldKeyRingFromEnvironment(env));
  } catch (error) {
    err.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    return 2;
  }
  let dataSource: DataSource;
  try {
    dataSource = await connectDatabase(databaseUrl);
  } catch (error) {
    err.write(`Cannot use the database at DATABASE_URL: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const result = await rotateFieldKeys(dataSource, cipher, ENCRYPTED_COLUMNS, progressBar(err));
    out.write(`Re-encrypted ${result.rewritten} rows under the key "${cipher.primaryKeyId}"\n`);
    if (result.unreadable.length > 0) {
      err.write(
        `${result.unreadable.length} values could not be decrypted and were left as they are:\n` +
          result.unreadable.map((line) => `  ${line}\n`).join(''),
      );
      return 1;
    }
    return 0;
  } catch (error) {
    err.write(`${(error as Error).stack}\n`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}
