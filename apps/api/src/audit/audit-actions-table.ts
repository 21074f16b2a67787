import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AuditActionSpec } from './audit-actions';

const SOURCES: Readonly<Record<AuditActionSpec['source'], string>> = {
  event: 'domain event, in its transaction',
  published: 'domain event, once told',
  request: 'every request, once answered',
  read: 'the read itself',
};

/** The registry as the Markdown table of `docs/architecture.md`, which a test keeps equal to it. */
export function auditActionsTable(): string {
  const rows = AUDIT_ACTION_NAMES.map((name) => {
    const spec: AuditActionSpec = AUDIT_ACTIONS[name];
    const details = spec.details.length > 0 ? spec.details.map((key) => `\`${key}\``).join(', ') : '—';
    return `| \`${name}\` | ${spec.targetType ?? '—'} | ${details} | ${SOURCES[spec.source]} | ${spec.describes} |`;
  });
  return [
    '| action | target | details kept | written from | reads as |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
