// The cost of field encryption on the AR table: the view's own code (the API build's ArTableView)
// run in this process on the Scale organization, once as the API runs it, decrypting the residents'
// names, emails and phones after the query, and once with the rows passed through as stored. The
// switch is this benchmark's alone: a stand-in for PersonalFields that decrypts nothing; the
// query, its scope predicate and the row mapping are the API's. The two alternate round by round,
// so the machine's drift falls on both.
import { apiTools, connectBenchDatabase } from './portfolio.mjs';

const ROUNDS = Number(process.env.BENCH_ENCRYPTION_ROUNDS ?? 300);

/** Mean milliseconds of `load()` over the rounds, for each variant, alternating. */
async function alternate(variants, rounds) {
  const totals = variants.map(() => 0);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, variant] of variants.entries()) {
      const started = process.hrtime.bigint();
      await variant();
      totals[index] += Number(process.hrtime.bigint() - started) / 1e6;
    }
  }
  return totals.map((total) => total / rounds);
}

/** The AR table of the organization's admin (every property), `-balance`, for each page size. */
export async function arTableDecryption({ database, organizationId, pageSizes = [25, 100], rounds = ROUNDS }) {
  const { ArTableView, FieldCipher, PersonalFields, ViewQueries, fieldKeyRingFromEnvironment } = apiTools();
  const dataSource = await connectBenchDatabase(database);
  try {
    const scopes = {
      resolve: async () => ({
        where: 'p.organization_id = :scopeOrganizationId',
        parameters: { scopeOrganizationId: organizationId },
      }),
    };
    const queries = new ViewQueries(dataSource);
    const cipher = new FieldCipher(fieldKeyRingFromEnvironment({ FIELD_ENCRYPTION_KEYS: database.fieldKeys }));
    const decrypting = new ArTableView(scopes, queries, new PersonalFields(cipher));
    const passThrough = { open: (rows) => rows.map((row) => ({ ...row, personalDataUnavailable: false })) };
    const stored = new ArTableView(scopes, queries, passThrough);
    const results = [];
    for (const pageSize of pageSizes) {
      const query = { page: 1, pageSize, sort: '-balance', propertyIds: undefined };
      const [plain, sealed] = await Promise.all([decrypting.load(null, query), stored.load(null, query)]);
      // Both read the same rows; only the decrypting one answers plaintext.
      if (
        !plain.items.some((row) => row.residentName !== null) ||
        plain.items.some((row) => row.personalDataUnavailable || row.residentName?.startsWith('v1:')) ||
        !sealed.items.every((row, index) => row.unitId === plain.items[index]?.unitId)
      ) {
        throw new Error('the AR table benchmark did not read what it means to compare');
      }
      await alternate([() => decrypting.load(null, query), () => stored.load(null, query)], 20);
      const [withDecryption, withoutDecryption] = await alternate(
        [() => decrypting.load(null, query), () => stored.load(null, query)],
        rounds,
      );
      results.push({ pageSize, rows: plain.items.length, withDecryption, withoutDecryption });
    }
    return { rounds, results };
  } finally {
    await dataSource.destroy();
  }
}

/** The report's lines: each page size's mean latency both ways and their ratio (target ≤ 1.20). */
export function arTableDecryptionReport({ rounds, results }) {
  let report = `\nAR table with encrypted personal fields, the view's code in-process, ${rounds} alternating rounds (mean latency; ratio = decrypting / not decrypting):\n`;
  for (const { pageSize, rows, withDecryption, withoutDecryption } of results) {
    report += `  page of ${String(pageSize).padEnd(3)} (${rows} rows, 3 encrypted fields each)   decrypting ${withDecryption.toFixed(2)} ms, as stored ${withoutDecryption.toFixed(2)} ms   ${(withDecryption / withoutDecryption).toFixed(2)} (target ≤ 1.20)\n`;
  }
  return report;
}
