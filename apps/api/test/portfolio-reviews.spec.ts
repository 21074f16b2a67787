import { insertReviews } from './support/reviews-fixtures';
import { expectParksideUserSeesAdminsParkside, startViewSpec, ViewSpec } from './support/view-spec';

describe('portfolio reviews views', () => {
  let spec: ViewSpec;
  const get = (path: string, status = 200) => spec.get(spec.admin, `reviews/${path}`).expect(status);
  const JAN_APR = 'from=2026-01-01&to=2026-04-30';
  const ids = (body: { items: { text: string }[] }) => body.items.map((item) => item.text.replace('Review ', ''));

  beforeAll(async () => {
    spec = await startViewSpec();
    const { dataSource } = spec.testApp;
    await insertReviews(dataSource, spec.parkside, [
      { source: 'google', externalId: 'G0', rating: 1, postedAt: '2025-12-31T23:00:00Z' },
      {
        source: 'google',
        externalId: 'G1',
        rating: 5,
        postedAt: '2026-03-01T10:00:00Z',
        respondedAt: '2026-03-01T22:00:00Z',
      },
      { source: 'google', externalId: 'G2', rating: 2, postedAt: '2026-03-15T08:00:00Z' },
      {
        source: 'google',
        externalId: 'G3',
        rating: 4,
        postedAt: '2026-04-20T12:00:00Z',
        respondedAt: '2026-04-21T12:00:00Z',
      },
      {
        source: 'apartments',
        externalId: 'A1',
        rating: 4,
        postedAt: '2026-03-10T00:00:00Z',
        respondedAt: '2026-03-12T00:00:00Z',
      },
    ]);
    await insertReviews(dataSource, spec.harborView, [
      {
        source: 'google',
        externalId: 'G4',
        rating: 3,
        postedAt: '2026-04-02T00:00:00Z',
        respondedAt: '2026-04-02T06:00:00Z',
      },
      { source: 'apartments', externalId: 'A2', rating: 5, postedAt: '2026-04-30T23:59:00Z' },
    ]);
  });

  afterAll(() => spec.testApp.close());

  describe('Google', () => {
    it('lists the period’s Google reviews, newest first, with their statistics', async () => {
      const { body } = await get(`google?${JAN_APR}`);
      expect(ids(body)).toEqual(['G3', 'G4', 'G2', 'G1']);
      expect(body).toMatchObject({
        source: 'google',
        from: '2026-01-01',
        to: '2026-04-30',
        total: 4,
        page: 1,
        pageSize: 25,
        // (5 + 2 + 4 + 3) / 4; 3 of 4 answered, after 12, 24 and 6 hours.
        averageRating: 3.5,
        responseRatePct: 75,
        meanResponseHours: 14,
      });
      expect(body.items[0]).toEqual({
        id: expect.any(String),
        propertyId: spec.parkside.id,
        propertyName: 'Parkside',
        rating: 4,
        author: 'Author G3',
        text: 'Review G3',
        postedAt: '2026-04-20T12:00:00.000Z',
        respondedAt: '2026-04-21T12:00:00.000Z',
        responded: true,
      });
      expect(body.items[2]).toMatchObject({ respondedAt: null, responded: false });
    });

    it('sorts by rating and pages', async () => {
      expect(ids((await get(`google?${JAN_APR}&sort=rating`)).body)).toEqual(['G2', 'G4', 'G3', 'G1']);
      const { body } = await get(`google?${JAN_APR}&sort=-rating&pageSize=1&page=2`);
      expect(ids(body)).toEqual(['G3']);
      expect(body.total).toBe(4);
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `reviews/google?${JAN_APR}`);
      expect(body).toMatchObject({ total: 3, averageRating: 3.7, responseRatePct: 66.7, meanResponseHours: 18 });
    });

    it.each([
      [`google?sort=author`, 'sort must be one of postedAt, -postedAt, rating, -rating'],
      [`google?from=2026-05-01&to=2026-04-01`, 'from (2026-05-01) must not be after to (2026-04-01)'],
      [`google?page=0`, 'page must not be less than 1'],
    ])('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(path, 400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('Apartments.com', () => {
    it('is the same view over the other source, the period’s last UTC day included', async () => {
      const { body } = await get(`apartments?${JAN_APR}`);
      expect(ids(body)).toEqual(['A2', 'A1']);
      expect(body).toMatchObject({
        source: 'apartments',
        total: 2,
        averageRating: 4.5,
        responseRatePct: 50,
        meanResponseHours: 48,
      });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `reviews/apartments?${JAN_APR}`);
      expect(body).toMatchObject({ total: 1, averageRating: 4 });
    });

    it('answers nulls without reviews', async () => {
      const { body } = await get('apartments?from=2030-01-01&to=2030-01-31');
      expect(body).toMatchObject({
        items: [],
        total: 0,
        averageRating: null,
        responseRatePct: null,
        meanResponseHours: null,
      });
    });

    it('refuses an unknown sort', async () => {
      const { body } = await get('apartments?sort=-author', 400);
      expect(JSON.stringify(body)).toContain('sort must be one of postedAt');
    });
  });

  describe('reputation', () => {
    it('blends the sources, weighting by their counts, with a monthly trend', async () => {
      const { body } = await get(`reputation?${JAN_APR}`);
      expect(body).toEqual({
        from: '2026-01-01',
        to: '2026-04-30',
        sources: [
          { source: 'google', count: 4, averageRating: 3.5 },
          { source: 'apartments', count: 2, averageRating: 4.5 },
        ],
        // (14 + 9) / 6; 4 of 6 answered.
        count: 6,
        averageRating: 3.8,
        responseRatePct: 66.7,
        trend: [
          { month: '2026-01-01', count: 0, averageRating: null },
          { month: '2026-02-01', count: 0, averageRating: null },
          { month: '2026-03-01', count: 3, averageRating: 3.7 },
          { month: '2026-04-01', count: 3, averageRating: 4 },
        ],
      });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `reviews/reputation?${JAN_APR}`);
      expect(body).toMatchObject({ count: 4, averageRating: 3.8, responseRatePct: 75 });
    });

    it('refuses a period with from after to', async () => {
      const { body } = await get('reputation?from=2026-05-01&to=2026-04-01', 400);
      expect(JSON.stringify(body)).toContain('from (2026-05-01) must not be after to (2026-04-01)');
    });
  });
});
