import request from 'supertest';
import { SessionsRevoked } from '../src/auth/auth.events';
import { currentRequestContext } from '../src/common/request-context/request-context';
import { DomainEvent } from '../src/events/domain-event';
import { DomainEvents } from '../src/events/domain-events';
import { recordEvent, UnitOfWork } from '../src/events/unit-of-work';
import { PermissionTreeChanged, PropertyScopeChanged } from '../src/permissions/permissions.events';
import { PermissionVersionBumped, UserDeactivated, UserInvited } from '../src/users/users.events';
import { bearer, SignedIn, signIn } from './support/sessions';
import { SmtpCapture } from './support/smtp-capture';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

class Probe extends DomainEvent {
  readonly name = 'test.probe';

  constructor(readonly label: string) {
    super();
  }
}

interface Seen {
  readonly event: DomainEvent;
  readonly requestId: string | undefined;
  /** For SessionsRevoked: whether another connection already sees the sessions revoked. */
  readonly committed?: boolean;
}

describe('domain events are published after their transaction commits', () => {
  const smtp = new SmtpCapture();
  let testApp: TestApp;
  let events: DomainEvents;
  let admin: SignedIn;
  let seen: Seen[];

  const settled = () => events.settled();

  beforeAll(async () => {
    testApp = await startTestApp({ config: { smtpUrl: await smtp.start() } });
    events = testApp.app.get(DomainEvents);
    events.on(DomainEvent, 'test recorder', async (event) => {
      const requestId = currentRequestContext()?.requestId;
      if (event instanceof SessionsRevoked) {
        const [{ live }] = await testApp.dataSource.query<{ live: number }[]>(
          'SELECT count(*)::int AS live FROM sessions WHERE id = ANY($1) AND revoked_at IS NULL',
          [event.sessionIds],
        );
        seen.push({ event, requestId, committed: live === 0 });
        return;
      }
      seen.push({ event, requestId });
    });
    admin = await signIn(testApp, PHH_ADMIN);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  beforeEach(() => {
    seen = [];
  });

  it('tells of a deactivation in order, once committed, within the request that caused it', async () => {
    const member = await createUser(testApp, { email: 'leaving@phh.example', password: 'leaving password 1' });
    await signIn(testApp, 'leaving@phh.example', 'leaving password 1');
    await signIn(testApp, 'leaving@phh.example', 'leaving password 1');
    await settled();
    seen = [];

    const response = await request(testApp.server)
      .patch(`/api/admin/users/${member.id}`)
      .set(bearer(admin))
      .send({ isActive: false })
      .expect(200);
    await settled();

    expect(seen.map(({ event }) => event.name)).toEqual([
      'users.deactivated',
      'users.permission-version-bumped',
      'auth.sessions-revoked',
    ]);
    const [deactivated, bumped, revoked] = seen;
    expect(deactivated?.event).toEqual(expect.objectContaining({ userId: member.id }));
    expect(deactivated?.event).toBeInstanceOf(UserDeactivated);
    expect(bumped?.event).toEqual(new PermissionVersionBumped(member.id, member.organizationId, 2));
    expect(revoked?.event).toEqual(
      expect.objectContaining({ userId: member.id, reason: 'deactivated', sessionIds: expect.any(Array) }),
    );
    expect((revoked?.event as SessionsRevoked).sessionIds).toHaveLength(2);
    expect(revoked?.committed).toBe(true);
    expect(new Set(seen.map(({ requestId }) => requestId))).toEqual(new Set([response.headers['x-request-id']]));
  });

  it('says what changed in a scope or a tree, with before and after', async () => {
    const member = await createUser(testApp, { email: 'scoped@phh.example', password: 'scoped password 1' });
    const [parkside] = await testApp.dataSource.query<{ id: string }[]>(
      "SELECT id FROM properties WHERE slug = 'parkside'",
    );
    await request(testApp.server)
      .put(`/api/admin/users/${member.id}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [parkside?.id] })
      .expect(200);
    await request(testApp.server)
      .put(`/api/admin/users/${member.id}/permissions`)
      .set(bearer(admin))
      .send({ tabs: { financials: false }, views: { 'risk.churn': true } })
      .expect(200);
    await settled();

    expect(seen.map(({ event }) => event)).toEqual([
      new PropertyScopeChanged(member.id, member.organizationId, [], [parkside?.id as string]),
      new PermissionVersionBumped(member.id, member.organizationId, 2),
      new PermissionTreeChanged(member.id, member.organizationId, [{ item: 'financials', before: true, after: false }]),
      new PermissionVersionBumped(member.id, member.organizationId, 3),
    ]);
  });

  it('tells nothing and mails nothing when the transaction fails at commit', async () => {
    // A deferred check runs at COMMIT, after every statement of the invitation succeeded.
    await testApp.dataSource.query(`
      CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM users WHERE id = NEW.user_id AND email LIKE 'doomed%') THEN
          RAISE EXCEPTION 'refused at commit';
        END IF;
        RETURN NEW;
      END $$;
      CREATE CONSTRAINT TRIGGER refuse_doomed AFTER INSERT ON password_resets
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_doomed();`);
    try {
      await request(testApp.server)
        .post('/api/admin/users')
        .set(bearer(admin))
        .send({ email: 'doomed@phh.example', displayName: 'Doomed', role: 'user', delivery: 'email' })
        .expect(500);
      await request(testApp.server)
        .post('/api/admin/users')
        .set(bearer(admin))
        .send({ email: 'welcome@phh.example', displayName: 'Welcome', role: 'user', delivery: 'email' })
        .expect(201);
      await smtp.waitFor('welcome@phh.example', /invited you/);
      await settled();
    } finally {
      await testApp.dataSource.query('DROP TRIGGER refuse_doomed ON password_resets; DROP FUNCTION refuse_doomed()');
    }

    expect(smtp.messages.filter((mail) => mail.to === 'doomed@phh.example')).toEqual([]);
    const invited = seen.filter(({ event }) => event instanceof UserInvited).map(({ event }) => event);
    expect(invited).toHaveLength(1);
    const [{ count }] = await testApp.dataSource.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM users WHERE email = 'doomed@phh.example'",
    );
    expect(count).toBe(0);
  });

  it('tells of an import when it starts and when it ends, with its outcome', async () => {
    const header =
      'property_slug,date,occupancy_pct,leased_pct,vacant,notice,available_to_rent,leads,tours,applications,leases_signed,renewals_offered,renewals_signed,move_outs';
    const post = (lines: string[]) =>
      request(testApp.server)
        .post('/api/admin/import/metrics')
        .set(bearer(admin))
        .set('Content-Type', 'text/csv')
        .send(`${[header, ...lines].join('\n')}\n`);
    const good = await post(['parkside,2026-01-02,95.00,96.50,10,4,8,20,6,3,2,4,3,1']).expect(200);
    await post(['parkside,2026-01-02,not a number,96.50,10,4,8,20,6,3,2,4,3,1']).expect(422);
    await settled();

    expect(seen.map(({ event }) => event)).toEqual([
      expect.objectContaining({ name: 'portfolio.import-started', jobId: good.body.jobId, dataset: 'metrics' }),
      expect.objectContaining({ name: 'portfolio.import-finished', jobId: good.body.jobId, status: 'succeeded' }),
      expect.objectContaining({ name: 'portfolio.import-started', userId: admin.userId }),
      expect.objectContaining({ name: 'portfolio.import-finished', status: 'failed', rowsWritten: 0 }),
    ]);
  });

  it('publishes what a unit of work recorded only if it commits, in the order recorded', async () => {
    const unitOfWork = testApp.app.get(UnitOfWork);
    await unitOfWork.run(async (manager) => {
      recordEvent(manager, new Probe('first'));
      recordEvent(manager, new Probe('second'));
    });
    await expect(
      unitOfWork.run(async (manager) => {
        recordEvent(manager, new Probe('rolled back'));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await settled();

    expect(seen.map(({ event }) => (event as Probe).label)).toEqual(['first', 'second']);
  });

  it('refuses an event recorded outside a unit of work', async () => {
    expect(() => recordEvent(testApp.dataSource.manager, new Probe('loose'))).toThrow(
      'test.probe was recorded outside a UnitOfWork transaction',
    );
    await testApp.dataSource.transaction(async (manager) => {
      expect(() => recordEvent(manager, new Probe('untracked'))).toThrow(/outside a UnitOfWork/);
    });
  });

  it('keeps other subscribers going when one fails', async () => {
    events.on(Probe, 'failing subscriber', (event) => {
      if (event.label === 'boom') {
        throw new Error('subscriber broke');
      }
    });
    events.publish([new Probe('boom'), new Probe('after')]);
    await settled();

    expect(seen.map(({ event }) => (event as Probe).label)).toEqual(['boom', 'after']);
  });
});
