// The chat benchmarks' people: an organization of N users in groups of a few, written straight into
// the benchmark's own fresh database, each with a session row and an access token signed with the
// JWT secret the benchmark gave the server. Signing in through the API would cost an Argon2id
// verification per user (about a minute for 2,000); the authenticator needs only what is made here:
// an active user, a live session of theirs, and an HS256 token naming both with the user's
// permission version, issued by "ownerdash".
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';

/** Long enough for any run: a socket is judged by its token only when it (re)connects. */
const TOKEN_TTL_SECONDS = 3 * 60 * 60;

const base64url = (value) => Buffer.from(value).toString('base64url');

/** An access token as the API's AccessTokens.sign makes them (claims sub, org, role, pv, sid). */
export function accessToken(secret, claims) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ ...claims, iat: now, exp: now + TOKEN_TTL_SECONDS, iss: 'ownerdash', jti: randomUUID() }),
  );
  const signature = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${header}.${payload}`).digest();
  return `${header}.${payload}.${base64url(signature)}`;
}

/**
 * Creates `users` users (role user, no password) in a new organization and `users / groupSize`
 * group conversations of `groupSize` consecutive users each (a remainder joins none). Returns the
 * users with their tokens and the conversations with their members.
 */
export async function createPopulation(databaseUrl, { users, groupSize, jwtSecret }) {
  if (users < groupSize) {
    throw new Error(`at least ${groupSize} users are needed for one conversation (got ${users})`);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const slug = `chat-bench-${randomBytes(4).toString('hex')}`;
    const {
      rows: [organization],
    } = await client.query(`INSERT INTO organizations (name, slug) VALUES ('Chat bench', $1) RETURNING id`, [slug]);
    const { rows: created } = await client.query(
      `INSERT INTO users (organization_id, email, display_name, role)
       SELECT $1, $2 || '.' || i || '@bench.example', 'Bench ' || i, 'user' FROM generate_series(1, $3) AS i
       RETURNING id, email, permission_version AS pv`,
      [organization.id, slug, users],
    );
    // RETURNING keeps no promised order: put the users back in the order of their number.
    const number = (email) => Number(email.split('@')[0].split('.').pop());
    created.sort((a, b) => number(a.email) - number(b.email));
    const { rows: sessions } = await client.query(
      `INSERT INTO sessions (user_id, last_used_at, expires_at)
       SELECT unnest(CAST($1 AS uuid[])), now(), now() + interval '1 day' RETURNING id, user_id AS "userId"`,
      [created.map((user) => user.id)],
    );
    const sessionOf = new Map(sessions.map((session) => [session.userId, session.id]));

    const groups = [];
    for (let start = 0; start + groupSize <= created.length; start += groupSize) {
      groups.push(created.slice(start, start + groupSize).map((user) => user.id));
    }
    const { rows: conversations } = await client.query(
      `INSERT INTO chat_conversations (organization_id, type, name, created_by)
       SELECT $1, 'group', 'Bench group ' || g.n, g.creator
       FROM unnest(CAST($2 AS uuid[])) WITH ORDINALITY AS g(creator, n) RETURNING id, created_by AS "createdBy"`,
      [organization.id, groups.map((members) => members[0])],
    );
    const conversationOf = new Map(conversations.map((conversation) => [conversation.createdBy, conversation.id]));
    const memberships = groups.flatMap((members) =>
      members.map((userId, index) => [conversationOf.get(members[0]), userId, index === 0 ? 'owner' : 'member']),
    );
    await client.query(
      `INSERT INTO chat_members (conversation_id, user_id, role)
       SELECT unnest(CAST($1 AS uuid[])), unnest(CAST($2 AS uuid[])), unnest(CAST($3 AS text[]))`,
      [memberships.map((row) => row[0]), memberships.map((row) => row[1]), memberships.map((row) => row[2])],
    );
    await client.query('COMMIT');

    return {
      users: created.map((user) => ({
        id: user.id,
        token: accessToken(jwtSecret, {
          sub: user.id,
          org: organization.id,
          role: 'user',
          pv: user.pv,
          sid: sessionOf.get(user.id),
        }),
      })),
      conversations: groups.map((members) => ({ id: conversationOf.get(members[0]), memberIds: members })),
    };
  } finally {
    await client.end();
  }
}
