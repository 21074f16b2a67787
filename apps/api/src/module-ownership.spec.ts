import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * A module writes only its own tables (docs/architecture.md, "Who owns which table"). This reads
 * the source for writes — TypeORM calls on an entity (`manager.update(User, …)`) and SQL statements
 * (`UPDATE users …`) — and checks that each is made by the module owning the table.
 */

const SOURCE = __dirname;

/** Seeding and generated data write across owners on purpose, each in one transaction. */
const EXEMPT = ['demo', join('portfolio', 'demo-data'), join('database', 'migrations')];

/** Tables without an entity class. */
const TABLES_WITHOUT_ENTITY: Readonly<Record<string, string>> = {
  login_throttle: 'auth',
  // The chat's queries are SQL throughout: its hot paths lock, number and read in single statements.
  chat_conversations: 'chat',
  chat_members: 'chat',
  chat_messages: 'chat',
  chat_reactions: 'chat',
  notifications: 'notifications',
  notification_preferences: 'notifications',
  // Append-only and hash-chained: written in SQL, one statement per batch, guarded by triggers.
  audit_log: 'audit',
  detailed_audit_log: 'audit',
  audit_chain_anchors: 'audit',
};

const ENTITY_WRITE = /\.(?:insert|update|delete|save|upsert|increment|decrement|softDelete)\(\s*([A-Z]\w*)\s*,/g;
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function moduleOf(path: string): string {
  return relative(SOURCE, path).split(sep)[0] ?? '';
}

interface Entity {
  readonly table: string;
  readonly owner: string;
}

function entities(files: readonly string[]): Map<string, Entity> {
  const found = new Map<string, Entity>();
  for (const file of files.filter((path) => path.endsWith('.entity.ts'))) {
    const text = readFileSync(file, 'utf8');
    const table = /@Entity\(\{ name: '([a-z_]+)' \}\)/.exec(text)?.[1];
    const className = /export class (\w+)/.exec(text)?.[1];
    if (table && className) {
      found.set(className, { table, owner: moduleOf(file) });
    }
  }
  return found;
}

describe('module ownership of tables', () => {
  const files = sourceFiles(SOURCE);
  const byClass = entities(files);
  const ownerOfTable = new Map<string, string>([
    ...[...byClass.values()].map(({ table, owner }): [string, string] => [table, owner]),
    ...Object.entries(TABLES_WITHOUT_ENTITY),
  ]);

  function writesOf(file: string): { table: string; owner: string }[] {
    const text = readFileSync(file, 'utf8');
    const writes: { table: string; owner: string }[] = [];
    for (const [, className] of text.matchAll(ENTITY_WRITE)) {
      const entity = className ? byClass.get(className) : undefined;
      if (entity) {
        writes.push(entity);
      }
    }
    for (const [, table] of text.matchAll(SQL_WRITE)) {
      const owner = table ? ownerOfTable.get(table) : undefined;
      if (table && owner) {
        writes.push({ table, owner });
      }
    }
    return writes;
  }

  it('knows every table’s owner', () => {
    expect(ownerOfTable.get('users')).toBe('users');
    expect(ownerOfTable.get('sessions')).toBe('auth');
    expect(ownerOfTable.get('user_property_access')).toBe('permissions');
    expect(ownerOfTable.get('import_jobs')).toBe('portfolio');
    expect(ownerOfTable.size).toBeGreaterThanOrEqual(21);
  });

  it('finds writes of both kinds', () => {
    const accounts = writesOf(join(SOURCE, 'users', 'user-accounts.ts')).map(({ table }) => table);
    expect(accounts).toContain('users');
    const sessions = writesOf(join(SOURCE, 'auth', 'sessions.ts')).map(({ table }) => table);
    expect(sessions).toEqual(expect.arrayContaining(['sessions', 'refresh_tokens']));
  });

  it('has each module write only its own tables', () => {
    const strays = files
      .filter((file) => !EXEMPT.some((folder) => relative(SOURCE, file).startsWith(folder + sep)))
      .flatMap((file) =>
        writesOf(file)
          .filter(({ owner }) => owner !== moduleOf(file))
          .map(({ table, owner }) => `${relative(SOURCE, file)} writes ${table}, which ${owner} owns`),
      );
    expect(strays).toEqual([]);
  });
});
