import request from 'supertest';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

interface Hit {
  message: { id: string; content: string; conversationId: string };
  conversation: { id: string; type: string; title: string };
  excerpt: { text: string; match: boolean }[];
}

describe('chat search', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let grace: SignedIn;
  let linus: SignedIn;
  let parksideOnly: SignedIn;
  let kairoiAdmin: SignedIn;
  let adaGrace: string;
  let graceLinus: string;
  let otherProperty: string;

  const search = (who: SignedIn, query: Record<string, string | number>) =>
    request(testApp.server).get('/api/chat/search').query(query).set(bearer(who));
  const found = async (who: SignedIn, query: Record<string, string | number>): Promise<Hit[]> =>
    (await search(who, query).expect(200)).body.items;
  const contents = (hits: Hit[]) => hits.map((hit) => hit.message.content);

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    [ada, grace, linus] = await Promise.all(['ada', 'grace', 'linus'].map((name) => colleague(testApp, name)));
    adaGrace = (await startConversation(testApp, ada, { type: 'direct', memberIds: [grace.userId] })).id;
    graceLinus = (await startConversation(testApp, grace, { type: 'direct', memberIds: [linus.userId] })).id;

    const properties = Object.values(await propertiesOf(testApp.dataSource, 'phh'));
    const [parkside, other] = properties;
    const scoped = await colleague(testApp, 'scoped');
    await request(testApp.server)
      .put(`/api/admin/users/${scoped.userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [parkside?.id] })
      .expect(200);
    parksideOnly = await signIn(testApp, 'scoped@phh.example', COLLEAGUE_PASSWORD);
    otherProperty = (await startConversation(testApp, admin, { type: 'property', propertyId: other?.id })).id;

    for (const content of [
      'The renewals at Parkside are due this week',
      'Renewal offers went out for **Parkside** today',
      'Lunch on Friday?',
      'Deleted renewal plan',
    ]) {
      await sendMessage(testApp, ada, adaGrace, content).expect(201);
    }
    await sendMessage(testApp, grace, graceLinus, 'Private renewal talk between Grace and Linus').expect(201);
    await sendMessage(testApp, admin, otherProperty, 'Renewal numbers for the other property').expect(201);
    const deleted = (await found(ada, { q: 'deleted renewal plan' }))[0];
    await request(testApp.server).delete(`/api/chat/messages/${deleted?.message.id}`).set(bearer(ada)).expect(200);
  });

  afterAll(() => testApp.close());

  it('finds words in any form, best match first, with the matched words marked in an excerpt', async () => {
    const hits = await found(ada, { q: 'renewal parkside' });

    expect(contents(hits).sort()).toEqual(
      ['Renewal offers went out for **Parkside** today', 'The renewals at Parkside are due this week'].sort(),
    );
    expect(hits[0]?.conversation).toEqual({ id: adaGrace, type: 'direct', title: 'grace' });
    const marked = hits.flatMap((hit) => hit.excerpt.filter((part) => part.match).map((part) => part.text));
    expect(new Set(marked.map((word) => word.toLowerCase()))).toEqual(new Set(['renewals', 'renewal', 'parkside']));
    for (const hit of hits) {
      expect(hit.message.content).toContain(hit.excerpt.map((part) => part.text).join(''));
    }
  });

  it('finds only messages of conversations the caller may read now, never deleted ones', async () => {
    // Ada and Linus see every property, so each property's conversation too.
    expect(contents(await found(ada, { q: 'renewal' })).sort()).toEqual(
      [
        'Renewal numbers for the other property',
        'Renewal offers went out for **Parkside** today',
        'The renewals at Parkside are due this week',
      ].sort(),
    );
    expect(contents(await found(linus, { q: 'renewal' })).sort()).toEqual(
      ['Private renewal talk between Grace and Linus', 'Renewal numbers for the other property'].sort(),
    );
    expect(contents(await found(admin, { q: 'renewal' }))).toEqual(['Renewal numbers for the other property']);
    expect(await found(parksideOnly, { q: 'renewal' })).toEqual([]);
    expect(await found(kairoiAdmin, { q: 'renewal' })).toEqual([]);
    expect(await found(ada, { q: 'deleted plan' })).toEqual([]);
  });

  it('narrows to one conversation, a kind of conversation and a period', async () => {
    expect(contents(await found(grace, { q: 'renewal', conversationId: graceLinus }))).toEqual([
      'Private renewal talk between Grace and Linus',
    ]);
    expect(await found(admin, { q: 'renewal', type: 'direct' })).toEqual([]);
    expect(await found(ada, { q: 'renewal', from: '2999-01-01T00:00:00Z' })).toEqual([]);
    expect(await found(ada, { q: 'renewal', to: '2000-01-01' })).toEqual([]);
    await search(linus, { q: 'renewal', conversationId: adaGrace }).expect(404);
  });

  it('pages with a cursor, each hit once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await search(ada, { q: 'renewal', limit: 1, ...(cursor ? { cursor } : {}) }).expect(200)).body;
      expect(page.items).toHaveLength(1);
      seen.push(page.items[0].message.id);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    const all = await found(ada, { q: 'renewal' });
    expect(seen).toEqual(all.map((hit) => hit.message.id));
  });

  it('takes search syntax and SQL in the words as words', async () => {
    for (const q of ["'; DROP TABLE chat_messages; --", 'renewal & | ! ( :* <->', '"unclosed quote', 'or or -', '\\']) {
      const response = await search(ada, { q }).expect(200);
      expect(Array.isArray(response.body.items)).toBe(true);
    }
    expect(contents(await found(ada, { q: '"renewal offers"' }))).toEqual([
      'Renewal offers went out for **Parkside** today',
    ]);
    expect(contents(await found(ada, { q: 'parkside -offers' }))).toEqual([
      'The renewals at Parkside are due this week',
    ]);
  });

  it('finds nothing for common words alone', async () => {
    expect(await found(ada, { q: 'the and of' })).toEqual([]);
  });

  it('answers 400 naming what is wrong', async () => {
    const problems: [Record<string, string | number>, string][] = [
      [{}, 'q'],
      [{ q: '   ' }, 'q'],
      [{ q: 'x'.repeat(201) }, 'q'],
      [{ q: 'renewal', conversationId: 'nope' }, 'conversationId'],
      [{ q: 'renewal', type: 'channel' }, 'type'],
      [{ q: 'renewal', from: 'yesterday' }, 'from'],
      [{ q: 'renewal', from: '2026-03-02', to: '2026-03-01' }, 'from'],
      [{ q: 'renewal', cursor: 'not-a-cursor' }, 'cursor'],
      [{ q: 'renewal', limit: 51 }, 'limit'],
    ];
    for (const [query, field] of problems) {
      const response = await search(ada, query).expect(400);
      expect({ query, fields: response.body.details.map((detail: { field: string }) => detail.field) }).toEqual({
        query,
        fields: expect.arrayContaining([field]),
      });
    }
    await request(testApp.server).get('/api/chat/search').query({ q: 'renewal' }).expect(401);
  });
});
