import request from 'supertest';
import { Property } from '../src/organizations/property.entity';
import { colleague, COLLEAGUE_PASSWORD, startConversation } from './support/chat';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

interface Suggestions {
  people: { id: string; displayName: string }[];
  items: { type: string; id: string; label: string; detail: string }[];
}

describe('chat @ suggestions', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let scoped: SignedIn;
  let group: string;
  let inScope: Property;
  let outOfScope: Property;

  const http = () => request(testApp.server);
  const suggest = (who: SignedIn, query: Record<string, string | number>) =>
    http().get('/api/chat/suggestions').query(query).set(bearer(who));
  const suggestions = async (who: SignedIn, q: string, limit = 20): Promise<Suggestions> =>
    (await suggest(who, { conversationId: group, q, limit }).expect(200)).body;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    ada = await colleague(testApp, 'suggested-ada');
    const created = await colleague(testApp, 'suggested-scoped');
    const properties = Object.values(await propertiesOf(testApp.dataSource, 'phh'));
    [outOfScope, inScope] = properties as [Property, Property];
    await http()
      .put(`/api/admin/users/${created.userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [inScope.id] })
      .expect(200);
    await http()
      .put(`/api/admin/users/${created.userId}/permissions`)
      .set(bearer(admin))
      .send({ views: { 'overview.kpi_tiles': false, 'overview.occ_trend': false } })
      .expect(200);
    scoped = await signIn(testApp, 'suggested-scoped@phh.example', COLLEAGUE_PASSWORD);
    group = (
      await startConversation(testApp, admin, {
        type: 'group',
        name: 'Suggestions',
        memberIds: [ada.userId, scoped.userId],
      })
    ).id;
  });

  afterAll(() => testApp.close());

  it('offers the members besides the writer, by name', async () => {
    expect((await suggestions(scoped, '')).people.map((person) => person.displayName)).toEqual([
      'PHH Administrator',
      'suggested-ada',
    ]);
    expect((await suggestions(scoped, 'ADA')).people).toEqual([{ id: ada.userId, displayName: 'suggested-ada' }]);
  });

  it('offers properties, figures and charts the writer may see', async () => {
    const items = (await suggestions(admin, 'occupancy')).items;
    expect(items).toEqual(
      expect.arrayContaining([
        { type: 'kpi', id: 'portfolio:occupancy_pct', label: 'Occupancy', detail: 'Figure · whole portfolio' },
        { type: 'chart', id: 'portfolio:overview.occ_trend', label: 'Occupancy over time', detail: 'Chart · Overview' },
      ]),
    );
    expect((await suggestions(admin, outOfScope.name)).items[0]).toMatchObject({
      type: 'property',
      id: outOfScope.slug,
      label: outOfScope.name,
    });
  });

  it('never offers a scoped writer a property out of scope, or a figure or chart of a hidden view', async () => {
    const everything = (await suggestions(scoped, '')).items;
    expect(everything.filter((item) => item.type === 'property').map((item) => item.id)).toEqual([inScope.slug]);
    expect((await suggestions(scoped, outOfScope.name)).items.filter((item) => item.type === 'property')).toEqual([]);
    const occupancy = (await suggestions(scoped, 'occupancy')).items;
    expect(occupancy.map((item) => item.id)).not.toContain('portfolio:occupancy_pct');
    expect(occupancy.map((item) => item.id)).not.toContain('portfolio:overview.occ_trend');
    expect(everything.some((item) => item.type === 'kpi')).toBe(false);
  });

  it('takes the search as text, and keeps to the limit', async () => {
    expect((await suggestions(admin, "%' OR 1=1 --")).items).toEqual([]);
    const limited = await suggestions(admin, '', 2);
    expect([limited.people.length, limited.items.length]).toEqual([2, 2]);
  });

  it('refuses bad input with 400 naming it, and a conversation the writer may not read with 404', async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{ conversationId: group, q: 'x'.repeat(101) }, 'q must be shorter than or equal to 100 characters'],
      [{ conversationId: group, limit: 0 }, 'limit must not be less than 1'],
      [{ conversationId: group, limit: 21 }, 'limit must not be greater than 20'],
      [{ conversationId: 'nope' }, 'conversationId must be a UUID'],
      [{ q: 'x' }, 'conversationId must be a UUID'],
    ];
    for (const [query, problem] of cases) {
      const answer = await suggest(admin, query).expect(400);
      expect(JSON.stringify(answer.body)).toContain(problem);
    }
    const kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    await suggest(kairoiAdmin, { conversationId: group }).expect(404);
    const outsider = await colleague(testApp, 'suggested-outsider');
    await suggest(outsider, { conversationId: group }).expect(404);
  });
});
