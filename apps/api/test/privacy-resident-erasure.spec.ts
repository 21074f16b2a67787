import request from 'supertest';
import { Unit } from '../src/portfolio/data/unit.entity';
import { storedEntries } from './support/audit';
import { insertEvictions, insertFormerResidents } from './support/delinquency-fixtures';
import { TEST_FIELD_CIPHER } from './support/field-keys';
import { insertUnits } from './support/portfolio-fixtures';
import { bearer, signIn } from './support/sessions';
import { KAIROI_ADMIN } from './support/test-app';
import { isoDaysFromToday } from './support/test-clock';
import { startViewSpec, ViewSpec } from './support/view-spec';

const RESIDENT = { name: 'Philippa Ormsby-Lane', email: 'philippa.ormsby@example.com', phone: '555-0142' };

describe('erasing a resident', () => {
  let spec: ViewSpec;
  let unit: Unit;
  let neighbour: Unit;

  const erase = (body: object, as = spec.admin) =>
    request(spec.testApp.server).post('/api/admin/residents/erase').set(bearer(as)).send(body);
  const decrypted = async (table: string, where: string, parameters: unknown[]) => {
    const rows = (await spec.testApp.dataSource.query(
      `SELECT resident_name AS "residentName" FROM ${table} WHERE ${where} ORDER BY 1`,
      parameters,
    )) as { residentName: string | null }[];
    return rows.map(({ residentName }) =>
      residentName === null ? null : TEST_FIELD_CIPHER.decrypt(`${table}.resident_name`, residentName),
    );
  };

  beforeAll(async () => {
    spec = await startViewSpec();
    const { dataSource } = spec.testApp;
    await insertUnits(dataSource, spec.parkside, [
      {
        unitNumber: '201',
        status: 'occupied',
        balance: 900,
        daysPastDue: 40,
        currentRent: 1500,
        leaseEnd: isoDaysFromToday(20),
        residentName: RESIDENT.name,
        residentEmail: RESIDENT.email,
        residentPhone: RESIDENT.phone,
      },
      {
        unitNumber: '202',
        status: 'occupied',
        balance: 300,
        daysPastDue: 35,
        currentRent: 1500,
        residentName: 'Quentin Neighbour',
        residentEmail: 'quentin@example.com',
        residentPhone: '555-0143',
      },
    ]);
    const units = await dataSource.getRepository(Unit).findBy({ propertyId: spec.parkside.id });
    unit = units.find((candidate) => candidate.unitNumber === '201') as Unit;
    neighbour = units.find((candidate) => candidate.unitNumber === '202') as Unit;
    await insertEvictions(dataSource, spec.parkside, [
      {
        caseNumber: 'E-1',
        unitNumber: '201',
        residentName: RESIDENT.name,
        filedOn: '2026-05-01',
        status: 'filed',
        balance: 900,
      },
      // An earlier resident of the same unit keeps their record.
      {
        caseNumber: 'E-0',
        unitNumber: '201',
        residentName: 'Earlier Tenant',
        filedOn: '2025-01-01',
        status: 'completed',
        balance: 0,
      },
      {
        caseNumber: 'E-2',
        unitNumber: '202',
        residentName: 'Quentin Neighbour',
        filedOn: '2026-05-02',
        status: 'filed',
        balance: 300,
      },
    ]);
    await insertFormerResidents(dataSource, spec.parkside, [
      // Different spacing and case: the same person as people write names.
      {
        unitNumber: '201',
        residentName: ' philippa  ormsby-lane',
        movedOutOn: '2024-06-30',
        balance: 100,
        collectionStatus: 'agency',
      },
    ]);
  });

  afterAll(() => spec.testApp.close());

  it('erases the unit’s name, email and phone and the resident’s name on its evictions and former-resident records', async () => {
    const response = await erase({ propertyId: spec.parkside.id, unitId: unit.id }).expect(200);

    expect(response.body).toEqual({ propertyId: spec.parkside.id, unitId: unit.id, evictions: 1, formerResidents: 1 });
    const [stored] = await spec.testApp.dataSource.query(
      `SELECT resident_name, resident_email, resident_phone FROM units WHERE id = $1`,
      [unit.id],
    );
    expect(stored).toEqual({ resident_name: null, resident_email: null, resident_phone: null });
    // Ordered by the stored value: the erased name (null) last.
    expect(await decrypted('evictions', 'property_id = $1 AND unit_number = $2', [spec.parkside.id, '201'])).toEqual([
      'Earlier Tenant',
      null,
    ]);
    expect(await decrypted('former_residents', 'property_id = $1', [spec.parkside.id])).toEqual([null]);
    expect(await decrypted('evictions', 'unit_number = $1', ['202'])).toEqual(['Quentin Neighbour']);
    const [other] = await spec.testApp.dataSource.query(`SELECT resident_email FROM units WHERE id = $1`, [
      neighbour.id,
    ]);
    expect(TEST_FIELD_CIPHER.decrypt('units.resident_email', other.resident_email)).toBe('quentin@example.com');
  });

  it('leaves the views answering, the erased resident without a name', async () => {
    const evictions = await spec.get(spec.admin, 'delinquency/evictions').expect(200);
    expect(evictions.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ caseNumber: 'E-1', residentName: null, personalDataUnavailable: false }),
        expect.objectContaining({ caseNumber: 'E-0', residentName: 'Earlier Tenant' }),
      ]),
    );
    const arTable = await spec.get(spec.admin, 'delinquency/ar-table').expect(200);
    expect(arTable.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitNumber: '201', residentName: null, residentEmail: null, residentPhone: null }),
      ]),
    );
    await spec.get(spec.admin, 'renewals/drillthrough').expect(200);
    await spec.get(spec.admin, 'delinquency/former-residents').expect(200);
    for (const body of [evictions.body, arTable.body]) {
      expect(JSON.stringify(body)).not.toMatch(/Philippa|Ormsby|philippa\.ormsby|555-0142/i);
    }
  });

  it('is recorded with ids and counts, never the resident’s data', async () => {
    const [entry] = await storedEntries(spec.testApp, `e.action = 'privacy.resident-erased'`);
    expect(entry).toEqual(
      expect.objectContaining({
        actorId: spec.admin.userId,
        targetType: 'unit',
        targetId: unit.id,
        details: { propertyId: spec.parkside.id, evictions: 1, formerTenancies: 1 },
      }),
    );
    const [{ count }] = await spec.testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log e
        WHERE e::text ILIKE ANY($1) OR EXISTS (SELECT 1 FROM detailed_audit_log d WHERE d.entry_id = e.id AND d::text ILIKE ANY($1))`,
      [['%Philippa%', '%Ormsby%', '%555-0142%']],
    );
    expect(count).toBe(0);
  });

  it('answers 404 for an unknown unit, a unit of another property or another organization, 400 for a bad body', async () => {
    await erase({ propertyId: spec.parkside.id, unitId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await erase({ propertyId: spec.harborView.id, unitId: neighbour.id }).expect(404);
    const kairoi = await signIn(spec.testApp, KAIROI_ADMIN);
    await erase({ propertyId: spec.parkside.id, unitId: neighbour.id }, kairoi).expect(404);
    await erase({ propertyId: spec.parkside.id, unitId: neighbour.id }, spec.parksideUser).expect(403);
    const cases: [object, string][] = [
      [{ unitId: neighbour.id }, 'propertyId'],
      [{ propertyId: spec.parkside.id, unitId: 'unit 202' }, 'unitId'],
      [{ propertyId: spec.parkside.id, unitId: neighbour.id, name: 'x' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const response = await erase(body).expect(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    const [kept] = await spec.testApp.dataSource.query(`SELECT resident_name FROM units WHERE id = $1`, [neighbour.id]);
    expect(TEST_FIELD_CIPHER.decrypt('units.resident_name', kept.resident_name)).toBe('Quentin Neighbour');
  });
});
