import { resolve } from 'node:path';
import {
  FIELD_ENCRYPTION_KEYS,
  FieldKeyRing,
  generateFieldKeyRing,
  parseFieldKeyRing,
} from '../field-encryption/field-key-ring';
import { ConfigError } from './config-error';
import { dataDirFile } from './data-dir-secret';

/**
 * The key ring of FIELD_ENCRYPTION_KEYS; unset outside production, the one generated into
 * DATA_DIR/field-encryption-keys on first use. Pushes a problem naming the variable and
 * answers undefined when it is missing in production or malformed.
 */
export function readFieldKeyRing(
  env: NodeJS.ProcessEnv,
  production: boolean,
  dataDir: string,
  problems: string[],
): FieldKeyRing | undefined {
  const text = env[FIELD_ENCRYPTION_KEYS] || undefined;
  if (text === undefined) {
    if (production) {
      problems.push(
        `${FIELD_ENCRYPTION_KEYS} is required when NODE_ENV=production (kid:base64key with a key of 32 random bytes; the first is primary)`,
      );
      return undefined;
    }
    return parseFieldKeyRing(dataDirFile(dataDir, 'field-encryption-keys', generateFieldKeyRing));
  }
  try {
    return parseFieldKeyRing(text);
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
}

/** The key ring as the server would read it from this environment, for the command-line tools. */
export function fieldKeyRingFromEnvironment(env: NodeJS.ProcessEnv): FieldKeyRing {
  const problems: string[] = [];
  const ring = readFieldKeyRing(env, env['NODE_ENV'] === 'production', resolve(env['DATA_DIR'] ?? 'data'), problems);
  if (!ring) {
    throw new ConfigError(problems);
  }
  return ring;
}
