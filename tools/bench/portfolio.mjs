// The portfolio part of the benchmark: a "Scale N" organization generated into the benchmark's
// database, a user limited to three of its properties, and the CSV of a metrics import.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The API build's tools: the demo generator, the database connection, the key ring, a view's code. */
export const apiTools = () => createRequire(import.meta.url)(join(root, 'dist', 'apps', 'api', 'demo-data.js'));

/**
 * Connects to the embedded database the server started (its superuser password is the one the API
 * generated in its data folder), its migrations applied.
 */
export function connectBenchDatabase({ dataDir, databasePort }) {
  const secret = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  return apiTools().connectDatabase(
    `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${databasePort}/ownerdash`,
  );
}

/**
 * Fills "Scale N" into the server's database with the API build's own generator, its residents
 * encrypted under the server's key ring.
 */
export async function seedScale({ dataDir, databasePort, fieldKeys, scale, password }) {
  const { FieldCipher, fieldKeyRingFromEnvironment, seedScaleOrganization } = apiTools();
  const cipher = new FieldCipher(fieldKeyRingFromEnvironment({ FIELD_ENCRYPTION_KEYS: fieldKeys }));
  const dataSource = await connectBenchDatabase({ dataDir, databasePort });
  try {
    return await seedScaleOrganization(dataSource, { scale, password, cipher });
  } finally {
    await dataSource.destroy();
  }
}

/** A user of the organization who sees every tab and view, but only the first three properties. */
export async function scopedUser(api, admin, email) {
  const properties = (await api.call('GET', '/api/properties', { token: admin.token })).body.items;
  const invited = await api.call('POST', '/api/admin/users', {
    token: admin.token,
    body: {
      email,
      displayName: 'Bench Scoped User',
      role: 'user',
      delivery: 'temporary-password',
      propertyIds: properties.slice(0, 3).map((property) => property.id),
    },
  });
  const temporary = invited.body.credentials.temporaryPassword;
  const first = await api.signIn(email, temporary);
  const password = 'bench scoped password 1';
  await api.call('POST', '/api/auth/change-password', {
    token: first.token,
    body: { currentPassword: temporary, newPassword: password },
  });
  return { properties: properties.slice(0, 3), ...(await api.signIn(email, password)) };
}

const METRICS_HEADER =
  'property_slug,date,occupancy_pct,leased_pct,vacant,notice,available_to_rent,leads,tours,applications,' +
  'leases_signed,renewals_offered,renewals_signed,move_outs';

/**
 * `rows` daily metric rows spread over the given properties, on days before the generated data
 * (from 1900 on), so the import inserts every row rather than updating the generated ones (with at
 * least five properties: fewer would need days past the generated ones).
 */
export function metricsCsv(slugs, rows) {
  const lines = [METRICS_HEADER];
  const start = Date.UTC(1900, 0, 1);
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(start + Math.floor(index / slugs.length) * 86_400_000).toISOString().slice(0, 10);
    const occupancy = (90 + (index % 90) / 10).toFixed(2);
    lines.push(`${slugs[index % slugs.length]},${day},${occupancy},${occupancy},12,5,9,14,6,3,2,4,3,1`);
  }
  return `${lines.join('\n')}\n`;
}
