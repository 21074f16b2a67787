import request from 'supertest';
import { Organization } from '../src/organizations/organization.entity';
import { User } from '../src/users/user.entity';
import { colleague } from './support/chat';
import { ChatClient, connect, presenceOf } from './support/chat-sockets';
import { bearer, SignedIn } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('the people to start a conversation with', () => {
  let testApp: TestApp;
  let searcher: SignedIn;
  const clients: ChatClient[] = [];

  const people = (who: SignedIn, query: Record<string, string | number>) =>
    request(testApp.server).get('/api/chat/people').query(query).set(bearer(who));
  const names = (body: { items: { displayName: string }[] }) => body.items.map((person) => person.displayName);

  /** Accounts without a password (never signed in), many at once, named `<prefix> 01`, `<prefix> 02`, … */
  async function accounts(prefix: string, count: number, organization = 'phh'): Promise<void> {
    const { id } = await testApp.dataSource.getRepository(Organization).findOneByOrFail({ slug: organization });
    const users = testApp.dataSource.getRepository(User);
    await users.save(
      Array.from({ length: count }, (_, index) =>
        users.create({
          organizationId: id,
          email: `${prefix}${index + 1}@${organization}.example`,
          passwordHash: null,
          displayName: `${prefix} ${String(index + 1).padStart(2, '0')}`,
        }),
      ),
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    searcher = await colleague(testApp, 'pat-searcher');
    await Promise.all([
      colleague(testApp, 'pat-bravo'),
      colleague(testApp, 'Pat-Alpha'),
      colleague(testApp, 'pat-kairoi', { organization: 'kairoi' }),
      createUser(testApp, { email: 'pat-gone@phh.example', password: 'gone passphrase 2026', isActive: false }),
    ]);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) {
      client.close();
    }
  });

  afterAll(() => testApp.close());

  it('finds the active colleagues of your own organization but you by part of their name, in any case', async () => {
    const response = await people(searcher, { q: 'PAT' }).expect(200);

    expect(names(response.body)).toEqual(['Pat-Alpha', 'pat-bravo']);
    expect(Object.keys(response.body.items[0]).sort()).toEqual(['displayName', 'id', 'online']);
  });

  it('finds them by email too, and answers only their names', async () => {
    const hidden = await createUser(testApp, {
      email: 'hidden.handle@phh.example',
      password: 'hidden passphrase 2026',
    });
    await testApp.dataSource.getRepository(User).update(hidden.id, { displayName: 'Rosa Quill' });

    const response = await people(searcher, { q: 'Hidden.Handle' }).expect(200);

    expect(response.body).toEqual({ items: [{ id: hidden.id, displayName: 'Rosa Quill', online: false }] });
    expect(JSON.stringify(response.body)).not.toContain('hidden.handle');
  });

  it('takes the wildcards of the search text literally', async () => {
    const [percent, underscore] = await Promise.all([
      people(searcher, { q: '%' }).expect(200),
      people(searcher, { q: 'pat_' }).expect(200),
    ]);

    expect([names(percent.body), names(underscore.body)]).toEqual([[], []]);
  });

  it('tells who of them is online', async () => {
    const watcher = await connect(testApp.url, searcher);
    clients.push(watcher);
    const bravo = await colleague(testApp, 'pat-bravo-online');
    const watched = presenceOf(watcher, bravo.userId);
    clients.push(await connect(testApp.url, bravo));
    await watched.until(1);

    const response = await people(searcher, { q: 'pat-bravo' }).expect(200);

    expect(response.body.items).toEqual([
      expect.objectContaining({ displayName: 'pat-bravo', online: false }),
      expect.objectContaining({ displayName: 'pat-bravo-online', online: true }),
    ]);
  });

  it('answers 20 by default, ordered by name, and up to 50 when asked', async () => {
    await accounts('bulk', 55);

    const [byDefault, one, most] = await Promise.all([
      people(searcher, { q: 'bulk' }).expect(200),
      people(searcher, { q: 'bulk', limit: 1 }).expect(200),
      people(searcher, { q: 'bulk', limit: 50 }).expect(200),
    ]);

    const expected = Array.from({ length: 50 }, (_, index) => `bulk ${String(index + 1).padStart(2, '0')}`);
    expect(names(byDefault.body)).toEqual(expected.slice(0, 20));
    expect(names(one.body)).toEqual(['bulk 01']);
    expect(names(most.body)).toEqual(expected);
  });

  it('refuses a bad limit or search text, saying what is wrong', async () => {
    const queries: Record<string, string | number>[] = [
      { limit: 0 },
      { limit: 51 },
      { limit: 'ten' },
      { limit: 2.5 },
      { q: 'x'.repeat(101) },
      { page: 2 },
    ];

    const answers = await Promise.all(queries.map((query) => people(searcher, query).expect(400)));

    expect(answers.map((answer) => [answer.body.code, answer.body.message])).toEqual([
      ['VALIDATION_FAILED', 'limit must not be less than 1'],
      ['VALIDATION_FAILED', 'limit must not be greater than 50'],
      ['VALIDATION_FAILED', expect.stringContaining('limit must be a whole number')],
      ['VALIDATION_FAILED', 'limit must be a whole number'],
      ['VALIDATION_FAILED', 'q must be shorter than or equal to 100 characters'],
      ['VALIDATION_FAILED', 'property page should not exist'],
    ]);
  });

  it('is for signed-in people only', async () => {
    await request(testApp.server).get('/api/chat/people').expect(401);
  });
});
