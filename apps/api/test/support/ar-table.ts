import request from 'supertest';
import { bearer, SignedIn } from './sessions';
import { TestApp } from './test-app';

/** The personal fields of an AR table row, as the field-encryption specs compare them. */
export interface ArRow {
  unitId: string;
  residentName: string | null;
  residentEmail: string | null;
  residentPhone: string | null;
  personalDataUnavailable: boolean;
}

/** The rows of one AR table page, which must answer 200. */
export async function arTable(testApp: TestApp, session: SignedIn, query = 'pageSize=100'): Promise<ArRow[]> {
  const response = await request(testApp.server)
    .get(`/api/portfolio/delinquency/ar-table?${query}`)
    .set(bearer(session))
    .expect(200);
  return response.body.items;
}
