import { mentionOf } from '@ownerdash/contracts';
import request from 'supertest';
import { EXPORT_FILES } from '../src/privacy/personal-data-export';
import { storedEntries } from './support/audit';
import { colleague, sendMessage, startConversation } from './support/chat';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { download, unzip } from './support/zip';

const SAM = { name: 'Samira Quintero', email: 'export-sam@phh.example' };
const OLGA = { name: 'Olga Vestergaard', email: 'export-olga@phh.example' };
const OLGA_WORDS = 'olga alone wrote these marmalade words';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object of the tree that holds `value` under some key, with that key. */
function holders(tree: Json, value: string, found: { key: string; holder: Record<string, Json> }[] = []) {
  if (Array.isArray(tree)) {
    tree.forEach((item) => holders(item, value, found));
  } else if (tree !== null && typeof tree === 'object') {
    for (const [key, item] of Object.entries(tree)) {
      if (item === value) {
        found.push({ key, holder: tree });
      }
      holders(item, value, found);
    }
  }
  return found;
}

describe('personal data export', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let sam: SignedIn;
  let olga: SignedIn;
  let group: string;
  let samMessage: string;
  let olgaMessage: string;

  const http = () => request(testApp.server);

  async function exported(path: string, who: SignedIn) {
    const response = await download(testApp, path, who).expect(200);
    const files = await unzip(response.body as Buffer);
    return { response, files, json: (name: string) => JSON.parse(files.get(name) ?? 'null') as Json };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    sam = await colleague(testApp, 'export-sam');
    olga = await colleague(testApp, 'export-olga');
    await http().patch('/api/users/me').set(bearer(sam)).send({ displayName: SAM.name }).expect(200);
    await http().patch('/api/users/me').set(bearer(olga)).send({ displayName: OLGA.name }).expect(200);
    await http()
      .put('/api/notifications/preferences')
      .set(bearer(sam))
      .send({ chatNotifications: true, toasts: false })
      .expect(200);
    group = (await startConversation(testApp, sam, { type: 'group', name: 'Leasing', memberIds: [olga.userId] })).id;
    samMessage = (await sendMessage(testApp, sam, group, 'the numbers for Parkside').expect(201)).body.id;
    const mention = mentionOf({ id: sam.userId, displayName: SAM.name });
    olgaMessage = (await sendMessage(testApp, olga, group, `${OLGA_WORDS} ${mention}`).expect(201)).body.id;
    await http()
      .put(`/api/chat/messages/${olgaMessage}/reactions/${encodeURIComponent('👍')}`)
      .set(bearer(sam))
      .expect(200);
    await http()
      .put(`/api/chat/messages/${samMessage}/reactions/${encodeURIComponent('🎉')}`)
      .set(bearer(olga))
      .expect(200);
  });

  afterAll(() => testApp.close());

  it('gives the signed-in person a ZIP of JSON files named for what they hold', async () => {
    const { response, files } = await exported('/api/users/me/export', sam);

    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="ownerdash-personal-data-${sam.userId}-\\d{4}-\\d{2}-\\d{2}\\.zip"$`),
    );
    expect([...files.keys()]).toEqual([...EXPORT_FILES]);
  });

  it('holds exactly their own data, file by file', async () => {
    const { json } = await exported('/api/users/me/export', sam);

    expect(json('profile.json')).toEqual(
      expect.objectContaining({
        id: sam.userId,
        email: SAM.email,
        displayName: SAM.name,
        role: 'user',
        isActive: true,
      }),
    );
    expect(json('permissions.json')).toEqual(
      expect.objectContaining({ role: 'user', scope: { allProperties: true, properties: [] } }),
    );
    expect(json('sessions.json')).toEqual([expect.objectContaining({ revokedAt: null })]);
    expect(json('conversations.json')).toEqual([
      expect.objectContaining({
        id: group,
        type: 'group',
        name: 'Leasing',
        membership: expect.objectContaining({ role: 'owner', muted: false }),
        members: expect.arrayContaining([
          { id: olga.userId, displayName: OLGA.name },
          { id: sam.userId, displayName: SAM.name },
        ]),
      }),
    ]);
    expect(json('messages.json')).toEqual([
      expect.objectContaining({ id: samMessage, conversationId: group, content: 'the numbers for Parkside' }),
    ]);
    expect(json('reactions.json')).toEqual([
      expect.objectContaining({ messageId: olgaMessage, conversationId: group, emoji: '👍' }),
    ]);
    expect(json('notification-settings.json')).toEqual({ chatNotifications: true, toasts: false });
    expect(json('notifications.json')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'mention',
          messageId: olgaMessage,
          actor: { id: olga.userId, displayName: OLGA.name },
        }),
      ]),
    );
    const audit = json('audit-entries.json') as { actor: { id: string }; action: string }[];
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['chat.message-sent']));
    expect(audit.every((entry) => entry.actor.id === sam.userId)).toBe(true);
  });

  it('names other people by id and display name only, and holds nothing of theirs', async () => {
    const { files, json } = await exported('/api/users/me/export', sam);
    const everything = [...files.values()].join('\n');

    expect(everything).not.toContain(OLGA.email);
    expect(everything).not.toContain(OLGA_WORDS);
    expect(everything).not.toContain('🎉');
    for (const file of EXPORT_FILES) {
      for (const { key, holder } of holders(json(file), olga.userId)) {
        if (key === 'id') {
          expect({ file, keys: Object.keys(holder).sort() }).toEqual({ file, keys: ['displayName', 'id'] });
        } else {
          // Ids in ids lists (an entry's target, a conversation's members added) say no more than the id.
          expect({ file, key, value: holder[key] }).toEqual({ file, key, value: olga.userId });
        }
      }
    }
    expect(everything.split(OLGA.name).length - 1).toBe(
      EXPORT_FILES.flatMap((file) => holders(json(file), olga.userId)).filter(({ key }) => key === 'id').length,
    );
  });

  it('lets an administrator export a member of their organization', async () => {
    const { json } = await exported(`/api/admin/users/${olga.userId}/export`, admin);

    expect(json('profile.json')).toEqual(expect.objectContaining({ id: olga.userId, email: OLGA.email }));
    expect(json('messages.json')).toEqual([expect.objectContaining({ id: olgaMessage })]);
    expect(json('README.json')).toEqual(expect.objectContaining({ exportedBy: { id: admin.userId } }));
  });

  it('answers 404 for another organization’s user, 403 for a non-admin, 400 for a malformed id', async () => {
    const kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    await http().get(`/api/admin/users/${sam.userId}/export`).set(bearer(kairoiAdmin)).expect(404);
    await http().get(`/api/admin/users/${olga.userId}/export`).set(bearer(sam)).expect(403);
    const bad = await http().get('/api/admin/users/not-a-uuid/export').set(bearer(admin)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'id', problems: ['id must be a UUID'] }]);
    await http().get('/api/users/me/export').expect(401);
  });

  it('records each export with its subject, and none of the exported data', async () => {
    await exported('/api/users/me/export', sam);
    await exported(`/api/admin/users/${sam.userId}/export`, admin);

    const entries = await storedEntries(testApp, `e.action = 'privacy.data-exported' AND e.target_id = $1`, [
      sam.userId,
    ]);
    expect(
      entries.map(({ actorId, targetType, details, outcome }) => ({ actorId, targetType, details, outcome })),
    ).toEqual(
      expect.arrayContaining([
        { actorId: sam.userId, targetType: 'user', details: {}, outcome: 'success' },
        { actorId: admin.userId, targetType: 'user', details: {}, outcome: 'success' },
      ]),
    );
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log e
        WHERE e::text ILIKE ANY($1) OR EXISTS (SELECT 1 FROM detailed_audit_log d WHERE d.entry_id = e.id AND d::text ILIKE ANY($1))`,
      [[`%${SAM.email}%`, `%${SAM.name}%`, '%Parkside%']],
    );
    expect(count).toBe(0);
  });
});
