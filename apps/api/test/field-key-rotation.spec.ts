import { runRotateFieldKeys } from '../src/cli/rotate-field-keys.command';
import { FieldCipher } from '../src/field-encryption/field-cipher';
import { generateFieldKeyRing, parseFieldKeyRing } from '../src/field-encryption/field-key-ring';
import { rotateFieldKeys, RotationProgress } from '../src/field-encryption/key-rotation';
import { ENCRYPTED_COLUMNS } from '../src/portfolio/data/encrypted-columns';
import { ArRow, arTable } from './support/ar-table';
import { signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { TEST_NOW } from './support/test-clock';
import { createTestDatabase, TestDatabase } from './support/test-database';

const TABLES = Object.entries(ENCRYPTED_COLUMNS) as [string, readonly string[]][];

describe('rotating the field encryption keys', () => {
  const k1 = generateFieldKeyRing('k1');
  const k2 = generateFieldKeyRing('k2');
  const rotated = `${k2},${k1}`;
  let database: TestDatabase;
  let testApp: TestApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    const before = await startTestApp({
      database,
      config: { demoPortfolio: true, fieldEncryptionKeys: parseFieldKeyRing(k1) },
      now: TEST_NOW,
    });
    await before.close();
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
    await database.drop();
  });

  const capture = () => {
    const text: string[] = [];
    return { write: (chunk: string) => text.push(chunk), text: () => text.join('') };
  };

  it('re-encrypts under the new primary key in batches, resumes after a stop, and reads keep working throughout', async () => {
    // The new key first, the old one kept: what an operator configures before rotating.
    const app = await startTestApp({
      database,
      config: { fieldEncryptionKeys: parseFieldKeyRing(rotated) },
      now: TEST_NOW,
    });
    testApp = app;
    const admin = await signIn(app, PHH_ADMIN);
    const before = await arTable(app, admin);
    expect(before.filter((row) => row.residentName !== null).length).toBeGreaterThan(10);
    expect(before.every((row) => !row.personalDataUnavailable)).toBe(true);

    // A row from before encryption was switched on: plaintext, which the NOT VALID check still holds.
    const [legacy] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM evictions ORDER BY id LIMIT 1');
    await app.dataSource.query('ALTER TABLE evictions DROP CONSTRAINT evictions_resident_name_sealed_ck');
    await app.dataSource.query(`UPDATE evictions SET resident_name = 'Legacy Plain' WHERE id = $1`, [legacy?.id]);
    await app.dataSource.query(
      `ALTER TABLE evictions ADD CONSTRAINT evictions_resident_name_sealed_ck
         CHECK ("resident_name" IS NULL OR "resident_name" LIKE 'v1:%') NOT VALID`,
    );

    // The first run stops after two batches of units, as if interrupted.
    const totals: number[] = [];
    let batches = 0;
    const stopping: RotationProgress = {
      start: (table, total) => table === 'units' && totals.push(total),
      advance: () => {
        batches += 1;
        if (batches === 2) {
          throw new Error('stopped');
        }
      },
      finish: () => undefined,
    };
    const cipher = new FieldCipher(parseFieldKeyRing(rotated));
    await expect(rotateFieldKeys(app.dataSource, cipher, ENCRYPTED_COLUMNS, stopping, 100)).rejects.toThrow('stopped');
    const [mixed] = await app.dataSource.query<{ k1: number; k2: number }[]>(
      `SELECT count(*) FILTER (WHERE resident_name LIKE 'v1:k1:%')::int AS k1,
              count(*) FILTER (WHERE resident_name LIKE 'v1:k2:%')::int AS k2 FROM units`,
    );
    expect(mixed?.k2).toBe(200);
    expect(mixed?.k1).toBeGreaterThan(0);
    expect(await arTable(app, admin)).toEqual(before);

    // The resumed run, through the command, while the AR table is read over and over.
    const out = capture();
    const err = capture();
    let running = true;
    const reads: ArRow[][] = [];
    const reading = (async () => {
      while (running) {
        reads.push(await arTable(app, admin));
      }
    })();
    const code = await runRotateFieldKeys(
      [],
      { DATABASE_URL: database.url, FIELD_ENCRYPTION_KEYS: rotated, NODE_ENV: 'production' },
      out,
      err,
    ).finally(() => {
      running = false;
    });
    await reading;
    expect({ code, err: err.text().includes('could not be decrypted') }).toEqual({ code: 0, err: false });
    expect(out.text()).toMatch(/^Re-encrypted \d+ rows under the key "k2"\n$/);
    expect(err.text()).toMatch(/units +\[#{30}\] [\d,]+\/[\d,]+ rows\n/);
    const resumedUnits = Number(/units +\[#*\.*\] 0\/([\d,]+) rows/.exec(err.text())?.[1]?.replace(/,/g, ''));
    expect(resumedUnits).toBeLessThan(totals[0] ?? 0);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read).toEqual(before);
    }

    for (const [table, columns] of TABLES) {
      for (const column of columns) {
        const [row] = await app.dataSource.query<{ other: number }[]>(
          `SELECT count(*) FILTER (WHERE ${column} NOT LIKE 'v1:k2:%')::int AS other FROM ${table}`,
        );
        expect({ column: `${table}.${column}`, other: row?.other }).toEqual({ column: `${table}.${column}`, other: 0 });
      }
    }
    const [sealed] = await app.dataSource.query<{ resident_name: string }[]>(
      'SELECT resident_name FROM evictions WHERE id = $1',
      [legacy?.id],
    );
    expect(cipher.decrypt('evictions.resident_name', sealed?.resident_name ?? '')).toBe('Legacy Plain');
    const unvalidated = await app.dataSource.query(
      `SELECT conname FROM pg_constraint WHERE conname LIKE '%\\_sealed\\_ck' AND NOT convalidated`,
    );
    expect(unvalidated).toEqual([]);

    // Done: the old key can leave the ring.
    await app.close();
    testApp = await startTestApp({ database, config: { fieldEncryptionKeys: parseFieldKeyRing(k2) }, now: TEST_NOW });
    expect(await arTable(testApp, await signIn(testApp, PHH_ADMIN))).toEqual(before);
  }, 120_000);

  it('refuses to run without a valid key ring, naming the variable', async () => {
    const err = capture();
    const code = await runRotateFieldKeys([], { DATABASE_URL: database.url, NODE_ENV: 'production' }, capture(), err);
    expect(code).toBe(2);
    expect(err.text()).toContain('FIELD_ENCRYPTION_KEYS is required when NODE_ENV=production');
    const malformed = capture();
    expect(
      await runRotateFieldKeys(
        [],
        { DATABASE_URL: database.url, FIELD_ENCRYPTION_KEYS: 'k1:short' },
        capture(),
        malformed,
      ),
    ).toBe(2);
    expect(malformed.text()).toContain('FIELD_ENCRYPTION_KEYS key "k1" must be 32 bytes in base64');
  });
});
