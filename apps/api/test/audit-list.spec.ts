import request from 'supertest';
import { auditWritten } from './support/audit';
import { colleague } from './support/chat';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

interface ListedEntry {
  id: string;
  occurredAt: string;
  action: string;
  outcome: string;
  actor: { id: string; displayName: string | null } | null;
  targetId: string | null;
  description: string;
}

describe('the audit log as administrators read it', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let kairoiAdmin: SignedIn;
  let member: SignedIn;

  const http = () => request(testApp.server);
  const list = (session: SignedIn, query: Record<string, string | number> = {}) =>
    http().get('/api/admin/audit').query(query).set(bearer(session));

  async function allPages(session: SignedIn, query: Record<string, string | number>): Promise<ListedEntry[]> {
    const seen: ListedEntry[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await list(session, cursor ? { ...query, cursor } : query).expect(200);
      seen.push(...(page.body.items as ListedEntry[]));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    return seen;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    member = await colleague(testApp, 'mia-listed');
    await http().get('/api/admin/users').set(bearer(member)).expect(403);
    await http().patch(`/api/admin/users/${member.userId}`).set(bearer(admin)).send({ role: 'admin' }).expect(200);
    await auditWritten(testApp);
  });

  afterAll(() => testApp.close());

  it('lists the organization’s entries newest first, as sentences’ parts, with actors’ names resolved', async () => {
    const { body } = await list(admin).expect(200);
    const items = body.items as ListedEntry[];
    expect(items.length).toBeGreaterThan(3);
    const times = items.map(({ occurredAt }) => occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(items.find(({ action }) => action === 'users.role-changed')).toMatchObject({
      actor: { id: admin.userId, displayName: expect.any(String) },
      targetId: member.userId,
      description: "changed a person's role",
      changes: [{ field: 'role', before: 'user', after: 'admin' }],
    });
  });

  it('filters by actor, action, target, outcome and period', async () => {
    const denied = (await list(admin, { outcome: 'denied' }).expect(200)).body.items as ListedEntry[];
    expect(denied.map(({ action, actor }) => ({ action, actor: actor?.id }))).toEqual([
      { action: 'access.denied', actor: member.userId },
    ]);
    const byMember = (await list(admin, { actor: member.userId, action: 'auth.signed-in' }).expect(200)).body
      .items as ListedEntry[];
    expect(byMember).toHaveLength(1);
    const aboutMember = (await list(admin, { targetType: 'user', targetId: member.userId }).expect(200)).body
      .items as ListedEntry[];
    expect(aboutMember.map(({ action }) => action).sort()).toEqual(['auth.signed-in', 'users.role-changed']);
    expect((await list(admin, { to: '2000-01-01T00:00:00Z' }).expect(200)).body.items).toEqual([]);
    expect((await list(admin, { from: '2000-01-01' }).expect(200)).body.items.length).toBeGreaterThan(0);
  });

  it('pages with a cursor, each entry once', async () => {
    const everything = await allPages(admin, { limit: 200 });
    const paged = await allPages(admin, { limit: 2 });
    // Reading the log is itself recorded: compare only the entries that existed before the first read.
    const firstRead = everything.filter(({ action }) => action !== 'audit.read').map(({ id }) => id);
    const pagedIds = paged.map(({ id }) => id);
    expect(new Set(pagedIds).size).toBe(pagedIds.length);
    expect(pagedIds).toEqual(expect.arrayContaining(firstRead));
  });

  it('answers 400 naming the field for a bad date, an unknown action or outcome, or a cursor it did not give', async () => {
    const fieldOf = async (query: Record<string, string>) =>
      ((await list(admin, query).expect(400)).body.details as { field: string }[]).map(({ field }) => field);
    expect(await fieldOf({ from: 'yesterday' })).toEqual(['from']);
    expect(await fieldOf({ to: '2026-13-45' })).toEqual(['to']);
    expect(await fieldOf({ action: 'auth.teleported' })).toEqual(['action']);
    expect(await fieldOf({ outcome: 'maybe' })).toEqual(['outcome']);
    expect(await fieldOf({ targetType: 'planet' })).toEqual(['targetType']);
    expect(await fieldOf({ actor: 'someone' })).toEqual(['actor']);
    expect(await fieldOf({ cursor: 'bm90IGEgY3Vyc29y' })).toEqual(['cursor']);
  });

  it("shows an administrator only their own organization's entries", async () => {
    const kairoi = await allPages(kairoiAdmin, { limit: 200 });
    const phhActors = new Set([admin.userId, member.userId]);
    expect(kairoi.length).toBeGreaterThan(0);
    expect(kairoi.filter(({ actor }) => actor && phhActors.has(actor.id))).toEqual([]);
    expect((await list(kairoiAdmin, { actor: member.userId }).expect(200)).body.items).toEqual([]);
    const phhEntry = (await list(admin).expect(200)).body.items[0] as ListedEntry;
    expect((await list(kairoiAdmin, { targetId: phhEntry.targetId ?? phhEntry.id }).expect(200)).body.items).toEqual(
      [],
    );
  });

  it('is for administrators only', async () => {
    const someone = await colleague(testApp, 'nina-not-admin');
    await list(someone).expect(403);
    await http().get('/api/admin/audit/export').query({ format: 'csv' }).set(bearer(someone)).expect(403);
    await http().get('/api/admin/audit/verify').set(bearer(someone)).expect(403);
  });

  describe('export', () => {
    it('streams CSV with the same filters, a header first', async () => {
      const response = await http()
        .get('/api/admin/audit/export')
        .query({ format: 'csv', action: 'users.role-changed' })
        .set(bearer(admin))
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        })
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
      const lines = (response.body as string).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'id,occurredAt,lastOccurredAt,occurrences,actorId,actorName,action,description,targetType,targetId,outcome,ip,userAgent,requestId,details,changes,chainSeq',
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`users.role-changed,changed a person's role,user,${member.userId},success`);
    });

    it('streams JSON Lines, one entry a line', async () => {
      const response = await http()
        .get('/api/admin/audit/export')
        .query({ format: 'jsonl', outcome: 'denied', actor: member.userId })
        .set(bearer(admin))
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        })
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const entries = (response.body as string)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as ListedEntry);
      expect(entries.map(({ action, outcome }) => ({ action, outcome }))).toEqual([
        { action: 'access.denied', outcome: 'denied' },
      ]);
    });

    it('needs a known format', async () => {
      const { body } = await http()
        .get('/api/admin/audit/export')
        .query({ format: 'xml' })
        .set(bearer(admin))
        .expect(400);
      expect(body.details.map(({ field }: { field: string }) => field)).toEqual(['format']);
    });
  });
});
