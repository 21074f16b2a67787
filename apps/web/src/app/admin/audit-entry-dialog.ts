import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { AuditEntryDto } from '@ownerdash/api-client';
import { NOW } from '../shared/clock';
import { LabelChip } from '../shared/label-chip';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_OUTCOME_LABELS,
  AUDIT_OUTCOME_TONES,
  AUDIT_TARGET_LABELS,
  auditSentence,
  auditTime,
  auditValue,
} from './audit-text';

/** One audit entry in full: who, what, where from, its details, and the fields it changed. */
@Component({
  selector: 'od-audit-entry-dialog',
  imports: [LabelChip, MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ sentence }}</h2>
    <mat-dialog-content>
      <dl class="facts">
        <dt>When</dt>
        <dd>
          <time [attr.datetime]="entry.occurredAt">{{ when }}</time>
          @if (entry.occurrences > 1) {
            <span>
              – <time [attr.datetime]="entry.lastOccurredAt">{{ lastWhen }}</time
              >, seen {{ entry.occurrences }} times
            </span>
          }
        </dd>
        <dt>Person</dt>
        <dd>{{ entry.actor ? (entry.actor.displayName ?? 'A former user') + ' (' + entry.actor.id + ')' : '—' }}</dd>
        <dt>Action</dt>
        <dd>
          {{ actionLabel }} <code>{{ entry.action }}</code>
        </dd>
        <dt>Outcome</dt>
        <dd><od-label-chip [label]="outcomeLabels[entry.outcome]" [tone]="outcomeTones[entry.outcome]" /></dd>
        <dt>Target</dt>
        <dd>{{ target }}</dd>
        <dt>IP address</dt>
        <dd>{{ entry.ip ?? '—' }}</dd>
        <dt>Browser</dt>
        <dd>{{ entry.userAgent ?? '—' }}</dd>
        <dt>Request</dt>
        <dd>{{ entry.requestId ?? '—' }}</dd>
        <dt>Chain position</dt>
        <dd>{{ entry.chainSeq ?? 'Not linked yet' }}</dd>
      </dl>

      @if (details.length > 0) {
        <h3 class="section-title">Details</h3>
        <dl class="facts details">
          @for (detail of details; track detail.key) {
            <dt>{{ detail.key }}</dt>
            <dd>{{ detail.value }}</dd>
          }
        </dl>
      }

      @if (changes.length > 0) {
        <h3 class="section-title" id="audit-changes-title">Changes</h3>
        <table class="changes" aria-labelledby="audit-changes-title">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            @for (change of changes; track change.field) {
              <tr>
                <th scope="row">{{ change.field }}</th>
                <td>{{ change.before }}</td>
                <td>{{ change.after }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" cdkFocusInitial mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 16px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .section-title {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-small);
    }
    .changes {
      width: 100%;
      border-collapse: collapse;
    }
    .changes th,
    .changes td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditEntryDialog {
  protected readonly outcomeLabels = AUDIT_OUTCOME_LABELS;
  protected readonly outcomeTones = AUDIT_OUTCOME_TONES;
  protected readonly entry = inject<AuditEntryDto>(MAT_DIALOG_DATA);

  protected readonly sentence = auditSentence(this.entry);
  private readonly now = inject(NOW)();
  protected readonly when = auditTime(this.entry.occurredAt, this.now);
  protected readonly lastWhen = auditTime(this.entry.lastOccurredAt, this.now);
  protected readonly actionLabel = AUDIT_ACTION_LABELS[this.entry.action];
  protected readonly target = this.entry.targetType
    ? `${AUDIT_TARGET_LABELS[this.entry.targetType]}${this.entry.targetId ? ` ${this.entry.targetId}` : ''}`
    : (this.entry.targetId ?? '—');
  protected readonly details = Object.entries(this.entry.details).map(([key, value]) => ({
    key,
    value: auditValue(value),
  }));
  protected readonly changes = this.entry.changes.map((change) => ({
    field: change.field,
    before: auditValue(change.before),
    after: auditValue(change.after),
  }));
}
