-- Chat data at a realistic scale for the organization "Scale 300", to read the chat queries' plans
-- with EXPLAIN. Run after `npm run demo-data -- --scale 300`, on a database of your own:
--
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f tools/bench/chat-explain-data.sql
--
-- Rerunnable: it first removes the chat data and the people it made before. What it makes:
--   * 1,000 people (chat-1@scale-300.example …, the admin's password), most limited to 1–5
--     properties, every tenth one to none (they see every property); chat-1 and chat-2 see 3 each;
--   * 1,500 direct conversations (chat-1 has 100 of them, the admin 50), 300 groups of 5–20
--     (chat-1 is in 60, the admin in 20) and the 300 property conversations;
--   * about 1,000,000 messages, skewed: property 1 has 80,000, group 1 70,000, group 2 and the
--     direct conversation of chat-1 and chat-2 50,000 each, property 2 40,000, the rest 0–2,000
--     (median about 60); 1 % deleted, some reactions;
--   * read state: 70 % of member rows fully read, 20 % a few messages behind, 10 % far behind; the
--     admin never read properties 1 and 2 or a third of the others (no member row), is 35,000
--     behind in group 1; chat-2 never read property 2 (40,000 unread).
-- Takes one to three minutes on two cores, most of it the messages' search column and indexes (and,
-- on a rerun, deleting the previous ones).

\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.42);

CREATE TEMP TABLE ctx ON COMMIT DROP AS
SELECT o.id AS org_id, u.id AS admin_id, u.password_hash
FROM organizations o JOIN users u ON u.organization_id = o.id AND u.role = 'admin'
WHERE o.name = 'Scale 300';

DO $$
BEGIN
  IF (SELECT count(*) FROM ctx) <> 1 THEN
    RAISE EXCEPTION 'no organization "Scale 300" with one admin: run npm run demo-data -- --scale 300 first';
  END IF;
END $$;

DELETE FROM chat_conversations WHERE organization_id = (SELECT org_id FROM ctx);
DELETE FROM users WHERE organization_id = (SELECT org_id FROM ctx) AND email LIKE 'chat-%@scale-300.example';

INSERT INTO users (organization_id, email, password_hash, display_name, role, created_by)
SELECT org_id, format('chat-%s@scale-300.example', n), password_hash, format('Chat Person %s', n), 'user', admin_id
FROM ctx, generate_series(1, 1000) n;

-- People by number (the admin is 0) and properties by number (1–300, in name order).
CREATE TEMP TABLE people ON COMMIT DROP AS
SELECT substring(u.email FROM '^chat-(\d+)@')::int AS n, u.id
FROM users u, ctx WHERE u.organization_id = ctx.org_id AND u.email LIKE 'chat-%@scale-300.example'
UNION ALL SELECT 0, admin_id FROM ctx;
CREATE UNIQUE INDEX ON people (n);

CREATE TEMP TABLE props ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY p.name, p.id)::int AS n, p.id
FROM properties p, ctx WHERE p.organization_id = ctx.org_id;
CREATE UNIQUE INDEX ON props (n);

-- Property scope: chat-1 sees properties 1, 5, 6; chat-2 sees 2, 3, 4; every tenth person sees
-- all (no rows); the others 1–5 properties spread over the portfolio.
INSERT INTO user_property_access (user_id, property_id)
SELECT pe.id, pr.id
FROM people pe
CROSS JOIN LATERAL (
  SELECT DISTINCT CASE pe.n WHEN 1 THEN (ARRAY[1, 5, 6])[i + 1] WHEN 2 THEN (ARRAY[2, 3, 4])[i + 1]
                  ELSE (pe.n * 7 + i * 31) % 300 + 1 END AS property_n
  FROM generate_series(0, CASE WHEN pe.n IN (1, 2) THEN 2 ELSE pe.n % 5 END) i
) s
JOIN props pr ON pr.n = s.property_n
WHERE pe.n > 0 AND pe.n % 10 <> 0;

-- The conversations: k numbers them; members is who belongs (directs, groups) or who writes
-- (properties: people whose scope includes it, and five who see everything).
CREATE TEMP TABLE convs (
  k int PRIMARY KEY,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  type text NOT NULL,
  a int, b int, group_n int, property_n int,
  messages int NOT NULL DEFAULT 0,
  end_at timestamptz, start_at timestamptz
) ON COMMIT DROP;

WITH pairs AS (
  SELECT 1 AS a, n AS b FROM generate_series(2, 101) n
  UNION ALL SELECT 0, n FROM generate_series(102, 151) n
  UNION ALL (
    SELECT DISTINCT least(x, y), greatest(x, y)
    FROM (SELECT 3 + floor(random() * 998)::int AS x, 3 + floor(random() * 998)::int AS y
          FROM generate_series(1, 1500)) r
    WHERE x <> y LIMIT 1350)
)
INSERT INTO convs (k, type, a, b) SELECT row_number() OVER (ORDER BY a, b), 'direct', a, b FROM pairs;
INSERT INTO convs (k, type, group_n) SELECT 1500 + g, 'group', g FROM generate_series(1, 300) g;
INSERT INTO convs (k, type, property_n) SELECT 1800 + p, 'property', p FROM generate_series(1, 300) p;

CREATE TEMP TABLE conv_people (k int NOT NULL, person int NOT NULL, PRIMARY KEY (k, person)) ON COMMIT DROP;
INSERT INTO conv_people SELECT k, a FROM convs WHERE type = 'direct' UNION SELECT k, b FROM convs WHERE type = 'direct';
-- Groups: 5–20 random people each (the `c.k * 0` ties the draw to each group, so it is made anew).
INSERT INTO conv_people
SELECT DISTINCT c.k, x.person
FROM convs c
CROSS JOIN LATERAL (
  SELECT 2 + floor(random() * 999)::int + c.k * 0 AS person FROM generate_series(1, 5 + floor(random() * 16)::int)
) x
WHERE c.type = 'group'
ON CONFLICT DO NOTHING;
INSERT INTO conv_people SELECT k, 1 FROM convs WHERE type = 'group' AND group_n <= 60 ON CONFLICT DO NOTHING;
INSERT INTO conv_people SELECT k, 0 FROM convs WHERE type = 'group' AND group_n <= 20 ON CONFLICT DO NOTHING;
INSERT INTO conv_people
SELECT c.k, pe.n FROM convs c JOIN props pr ON pr.n = c.property_n
JOIN user_property_access a ON a.property_id = pr.id JOIN people pe ON pe.id = a.user_id
WHERE c.type = 'property';
INSERT INTO conv_people
SELECT c.k, (c.property_n * 10 + i * 130) % 990 + 10 FROM convs c, generate_series(0, 4) i
WHERE c.type = 'property' ON CONFLICT DO NOTHING;

UPDATE convs SET messages = CASE
  WHEN type = 'property' AND property_n = 1 THEN 80000
  WHEN type = 'group' AND group_n = 1 THEN 70000
  WHEN type = 'group' AND group_n = 2 THEN 50000
  WHEN type = 'direct' AND a = 1 AND b = 2 THEN 50000
  WHEN type = 'property' AND property_n = 2 THEN 40000
  ELSE floor(2000 * random() ^ 5)::int END;
UPDATE convs SET end_at = CASE WHEN messages >= 40000 THEN now() - random() * interval '1 hour'
                               ELSE now() - random() * interval '60 days' END;
UPDATE convs SET start_at = end_at - CASE WHEN messages >= 40000 THEN interval '365 days'
                                          ELSE interval '10 days' + random() * interval '200 days' END;

INSERT INTO chat_conversations (id, organization_id, type, name, property_id, direct_key, created_by, created_at,
                                updated_at, last_seq, last_message_at)
SELECT c.id, ctx.org_id, c.type,
       CASE WHEN c.type = 'group' THEN format('Group %s', c.group_n) END,
       pr.id,
       CASE WHEN c.type = 'direct' THEN
         least(pa.id::text, pb.id::text) COLLATE "C" || ':' || greatest(pa.id::text, pb.id::text) COLLATE "C" END,
       coalesce(pa.id, ctx.admin_id), c.start_at, c.end_at, c.messages,
       CASE WHEN c.messages > 0 THEN c.end_at END
FROM convs c CROSS JOIN ctx
LEFT JOIN props pr ON pr.n = c.property_n
LEFT JOIN people pa ON pa.n = c.a LEFT JOIN people pb ON pb.n = c.b;

INSERT INTO chat_members (conversation_id, user_id, role, joined_at)
SELECT c.id, pe.id, CASE WHEN c.type = 'group' AND row_number() OVER (PARTITION BY c.k ORDER BY cp.person) = 1
                         THEN 'owner' ELSE 'member' END, c.start_at
FROM conv_people cp JOIN convs c ON c.k = cp.k JOIN people pe ON pe.n = cp.person;
-- Properties' conversations the admin reads: two thirds, never properties 1 and 2.
INSERT INTO chat_members (conversation_id, user_id, joined_at)
SELECT c.id, ctx.admin_id, c.start_at FROM convs c, ctx
WHERE c.type = 'property' AND c.property_n > 2 AND c.property_n % 3 <> 0
ON CONFLICT DO NOTHING;
-- A few have left their groups.
UPDATE chat_members m SET left_at = now() - interval '5 days'
FROM convs c WHERE c.id = m.conversation_id AND c.type = 'group' AND m.role = 'member'
  AND m.user_id NOT IN (SELECT id FROM people WHERE n IN (0, 1)) AND random() < 0.03;

-- Senders: the writers of each conversation, numbered 1…n for a random pick per message.
CREATE TEMP TABLE writers ON COMMIT DROP AS
SELECT c.k, row_number() OVER (PARTITION BY c.k ORDER BY pe.id)::int AS rn, pe.id AS user_id
FROM conv_people cp JOIN convs c ON c.k = cp.k JOIN people pe ON pe.n = cp.person;
CREATE UNIQUE INDEX ON writers (k, rn);
CREATE TEMP TABLE writer_counts ON COMMIT DROP AS SELECT k, count(*)::int AS n FROM writers GROUP BY k;

INSERT INTO chat_messages (conversation_id, seq, sender_id, client_message_id, content, created_at, deleted_at)
SELECT g.id, g.seq, w.user_id, format('gen-%s-%s', g.k, g.seq),
       CASE WHEN g.deleted THEN '' ELSE
         (ARRAY['Can someone check the leak in unit', 'Rent roll for the month is uploaded, see row',
                'The inspector comes Tuesday about', 'Approved the quote for the roof repair of building',
                'Tenant called again about the heating in', 'Move-out walkthrough done for',
                'Please update the vacancy list with', 'Thanks, that works for me, see',
                'Late fees waived once for', 'Landscaping invoice is higher than last month for'])
           [1 + (g.seq * 7 + g.k) % 10] || ' ' || g.seq END,
       g.created_at, CASE WHEN g.deleted THEN g.created_at + interval '1 minute' END
FROM (
  SELECT c.k, c.id, s AS seq, 1 + floor(random() * wc.n)::int AS pick, random() < 0.01 AS deleted,
         c.start_at + (c.end_at - c.start_at) * (s::float8 / c.messages) AS created_at
  FROM convs c JOIN writer_counts wc ON wc.k = c.k, generate_series(1, c.messages) s
) g
JOIN writers w ON w.k = g.k AND w.rn = g.pick;

INSERT INTO chat_reactions (message_id, user_id, emoji)
SELECT DISTINCT m.id, w.user_id, (ARRAY['👍', '🎉', '👀'])[1 + floor(random() * 3)::int]
FROM chat_messages m JOIN convs c ON c.id = m.conversation_id JOIN writers w ON w.k = c.k
WHERE m.seq % 50 = 0 AND w.rn <= 2
ON CONFLICT DO NOTHING;

-- Read state: most rows fully read, some a little behind, some far behind; then the cases named
-- above. Never past the last message.
UPDATE chat_members m SET last_read_seq = CASE
  WHEN r < 0.7 THEN c.last_seq
  WHEN r < 0.9 THEN greatest(c.last_seq - floor(random() * 20)::bigint, 0)
  ELSE floor(c.last_seq * random())::bigint END
FROM (SELECT conversation_id, user_id, random() AS r FROM chat_members) x, chat_conversations c
WHERE x.conversation_id = m.conversation_id AND x.user_id = m.user_id AND c.id = m.conversation_id
  AND c.organization_id = (SELECT org_id FROM ctx);
UPDATE chat_members m SET last_read_seq = c.last_seq
FROM chat_conversations c, convs v WHERE c.id = m.conversation_id AND v.id = c.id
  AND m.user_id = (SELECT id FROM people WHERE n = 1) AND v.type = 'property';
UPDATE chat_members m SET last_read_seq = 35000
FROM convs v WHERE v.id = m.conversation_id AND v.type = 'group' AND v.group_n = 1
  AND m.user_id = (SELECT admin_id FROM ctx);
DELETE FROM chat_members m USING convs v WHERE v.id = m.conversation_id AND v.type = 'property'
  AND v.property_n = 2 AND m.user_id = (SELECT id FROM people WHERE n = 2);

COMMIT;

VACUUM ANALYZE users;
VACUUM ANALYZE user_property_access;
VACUUM ANALYZE chat_conversations;
VACUUM ANALYZE chat_members;
VACUUM ANALYZE chat_messages;
VACUUM ANALYZE chat_reactions;

SELECT c.type, count(*) AS conversations, sum(c.last_seq) AS messages, max(c.last_seq) AS busiest
FROM chat_conversations c JOIN organizations o ON o.id = c.organization_id
WHERE o.name = 'Scale 300' GROUP BY c.type ORDER BY c.type;
