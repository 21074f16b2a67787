import request from 'supertest';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../src/common/page-query.dto';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

interface OpenApiOperation {
  readonly parameters?: readonly { readonly name: string; readonly in: string }[];
}

/** Every GET route of the OpenAPI document that takes a `page` query parameter. */
async function pagedRoutes(testApp: TestApp): Promise<string[]> {
  const { body } = await request(testApp.server).get('/api/openapi.json').expect(200);
  const paths = body.paths as Record<string, { get?: OpenApiOperation }>;
  return Object.entries(paths)
    .filter(([, { get }]) =>
      get?.parameters?.some((parameter) => parameter.in === 'query' && parameter.name === 'page'),
    )
    .map(([path]) => path)
    .sort();
}

describe('paged routes', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let routes: string[];

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    routes = await pagedRoutes(testApp);
  });

  afterAll(() => testApp.close());

  it('are the team list, the conversation list and the view tables', () => {
    expect(routes).toEqual([
      '/api/admin/users',
      '/api/chat/conversations',
      '/api/portfolio/delinquency/ar-table',
      '/api/portfolio/delinquency/evictions',
      '/api/portfolio/delinquency/former-residents',
      '/api/portfolio/overview/trade-outs',
      '/api/portfolio/renewals/drillthrough',
      '/api/portfolio/reviews/apartments',
      '/api/portfolio/reviews/google',
    ]);
  });

  it('answer a page beyond the last one that can be asked for with 400 saying the maximum', async () => {
    for (const route of routes) {
      for (const page of ['99999999999999999999', String(MAX_PAGE + 1)]) {
        const response = await request(testApp.server).get(`${route}?page=${page}`).set(bearer(admin));
        expect({ route, page, status: response.status, message: response.body.message }).toEqual({
          route,
          page,
          status: 400,
          message: `page must not be greater than ${MAX_PAGE}`,
        });
      }
    }
  });

  it('answer the last page that can be asked for, at the largest page size, with no rows', async () => {
    for (const route of routes) {
      const response = await request(testApp.server)
        .get(`${route}?page=${MAX_PAGE}&pageSize=${MAX_PAGE_SIZE}`)
        .set(bearer(admin));
      expect({ route, status: response.status, items: response.body.items }).toEqual({ route, status: 200, items: [] });
    }
  });
});
