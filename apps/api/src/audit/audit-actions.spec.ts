import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS } from './audit-actions';
import { auditActionsTable } from './audit-actions-table';
import { redactDetails } from './audit-entry';

const ARCHITECTURE = join(__dirname, '..', '..', '..', '..', 'docs', 'architecture.md');
const BEGIN = '<!-- audit-actions:begin -->';
const END = '<!-- audit-actions:end -->';

describe('the audit action registry', () => {
  it('is what the architecture document lists as audited', () => {
    const text = readFileSync(ARCHITECTURE, 'utf8');
    const listed = text.slice(text.indexOf(BEGIN) + BEGIN.length, text.indexOf(END));
    // Compared cell by cell: the document's columns are padded by its formatter.
    expect(tableCells(listed)).toEqual(tableCells(auditActionsTable()));
  });

  it('keeps only the allowed keys of an action, and only plain values', () => {
    expect(
      redactDetails('users.invited', {
        role: 'admin',
        email: 'someone@example.com',
        password: 'secret',
      }),
    ).toEqual({ role: 'admin' });
    expect(redactDetails('chat.members-added', { memberIds: [{ name: 'nested' }] })).toEqual({});
    expect(redactDetails('chat.members-added', { memberIds: ['a', 'b'] })).toEqual({ memberIds: ['a', 'b'] });
  });

  it('lets no action keep a key that names a secret or personal text', () => {
    const forbidden = /password|token|secret|content|body|email|phone|name|resident/i;
    const kept = AUDIT_ACTION_NAMES.flatMap((name) => AUDIT_ACTIONS[name].details.map((key) => `${name}.${key}`));
    expect(kept.filter((key) => forbidden.test(key.split('.').slice(-1)[0] ?? ''))).toEqual([]);
  });
});

/** The cells of a Markdown table's rows, its separator row left out. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}
