import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AdminApi,
  type AuditEntryDto,
  type AuditExportFormat,
  type AuditListDto,
  type AuditVerificationDto,
} from '@ownerdash/api-client';
import type { Observable } from 'rxjs';
import { describeFailure } from '../api-error';
import { NOW } from '../shared/clock';
import { LabelChip } from '../shared/label-chip';
import { LoadFailure } from '../shared/load-failure';
import { PageHeader } from '../shared/page-header';
import { PageState } from '../shared/page-state';
import { attachmentFileName, saveFile } from '../shared/save-file';
import { AuditEntryDialog } from './audit-entry-dialog';
import {
  AUDIT_PAGE_SIZE,
  auditFilterParams,
  type AuditQuery,
  auditQueryFromParams,
  auditQueryToParams,
  hasAuditFilters,
  NO_AUDIT_FILTERS,
} from './audit-query';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_OUTCOME_LABELS,
  AUDIT_OUTCOME_TONES,
  AUDIT_TARGET_LABELS,
  auditSentence,
  auditTime,
} from './audit-text';

/** The most people the person filter lists: the largest page the users route answers. */
const PEOPLE_LIMIT = 100;

const EXPORTS: Readonly<Record<AuditExportFormat, { label: string; type: string }>> = {
  csv: { label: 'CSV', type: 'text/csv' },
  jsonl: { label: 'JSON Lines', type: 'application/x-ndjson' },
};

/** A select filter: its label, what "any" reads, its options and the query key it sets. */
interface SelectFilter {
  readonly key: 'actor' | 'action' | 'targetType' | 'outcome';
  readonly label: string;
  readonly anyLabel: string;
  readonly options: readonly (readonly [string, string])[];
}

/**
 * The organization's audit trail as sentences, newest first: filtered by person, action, target,
 * outcome and period (all in the URL), paged by cursor, exported with the same filters, with the
 * state of the hash chain on top.
 */
@Component({
  selector: 'od-audit-page',
  imports: [
    LabelChip,
    LoadFailure,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeader,
    PageState,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  protected readonly outcomeLabels = AUDIT_OUTCOME_LABELS;
  protected readonly outcomeTones = AUDIT_OUTCOME_TONES;
  private readonly admin = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly now = inject(NOW);

  // Bound from the query string.
  readonly actor = input<string>();
  readonly action = input<string>();
  readonly targetType = input<string>();
  readonly targetId = input<string>();
  readonly outcome = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly query = computed(() =>
    auditQueryFromParams({
      actor: this.actor(),
      action: this.action(),
      targetType: this.targetType(),
      targetId: this.targetId(),
      outcome: this.outcome(),
      from: this.from(),
      to: this.to(),
    }),
  );
  private readonly filterParams = computed(() => auditFilterParams(this.query()));
  protected readonly filtered = computed(() => hasAuditFilters(this.query()));

  protected readonly firstPage = rxResource({
    params: () => this.filterParams(),
    stream: ({ params }) => this.admin.listAuditEntries({ ...params, limit: AUDIT_PAGE_SIZE }),
  });
  /** The pages loaded after the first; a new first page starts them again. */
  private readonly morePages = linkedSignal<AuditListDto | undefined, AuditListDto[]>({
    source: () => (this.firstPage.hasValue() ? this.firstPage.value() : undefined),
    computation: () => [],
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = linkedSignal<AuditListDto | undefined, string | null>({
    source: () => (this.firstPage.hasValue() ? this.firstPage.value() : undefined),
    computation: () => null,
  });

  protected readonly entries = computed(() => {
    if (!this.firstPage.hasValue()) {
      return [];
    }
    return [this.firstPage.value(), ...this.morePages()]
      .flatMap((page) => page.items)
      .map((entry) => ({
        entry,
        sentence: auditSentence(entry),
        time: auditTime(entry.occurredAt, this.now()),
      }));
  });
  protected readonly nextCursor = computed(() => {
    if (!this.firstPage.hasValue()) {
      return null;
    }
    const pages = [this.firstPage.value(), ...this.morePages()];
    return pages[pages.length - 1].nextCursor;
  });
  protected readonly failure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeFailure(error) : null;
  });

  private readonly people = rxResource({
    stream: () => this.admin.listUsers({ pageSize: PEOPLE_LIMIT }),
  });
  protected readonly filters = computed((): SelectFilter[] => {
    const people = this.people.hasValue() ? this.people.value().items : [];
    const actor = this.query().actor;
    const personOptions = people.map((person) => [person.id, person.displayName] as const);
    // A link may name someone the list does not hold (past the first hundred): still show the filter.
    if (actor && !people.some((person) => person.id === actor)) {
      personOptions.unshift([actor, 'The chosen person']);
    }
    return [
      { key: 'actor', label: 'Person', anyLabel: 'Anyone', options: personOptions },
      { key: 'action', label: 'Action', anyLabel: 'Any action', options: Object.entries(AUDIT_ACTION_LABELS) },
      { key: 'targetType', label: 'Target', anyLabel: 'Any target', options: Object.entries(AUDIT_TARGET_LABELS) },
      { key: 'outcome', label: 'Outcome', anyLabel: 'Any outcome', options: Object.entries(AUDIT_OUTCOME_LABELS) },
    ];
  });

  protected readonly chain = rxResource({ stream: () => this.admin.verifyAuditChain() });
  protected readonly chainStatus = computed(() =>
    this.chain.hasValue() ? describeChain(this.chain.value(), this.now()) : null,
  );
  protected readonly chainFailure = computed(() => {
    const error = this.chain.error();
    return error ? describeFailure(error) : null;
  });

  protected readonly exports = Object.entries(EXPORTS).map(([format, { label }]) => ({
    format: format as AuditExportFormat,
    label,
  }));
  protected readonly exporting = signal<AuditExportFormat | null>(null);
  protected readonly exportFailure = signal<string | null>(null);

  protected choose(key: keyof AuditQuery, value: string): void {
    this.navigate({ [key]: value || null });
  }

  protected clearFilters(): void {
    this.navigate(NO_AUDIT_FILTERS);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) {
      return;
    }
    const first = this.firstPage.value();
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    this.admin.listAuditEntries({ ...this.filterParams(), cursor, limit: AUDIT_PAGE_SIZE }).subscribe({
      next: (page) => {
        // Filters changed meanwhile: this page belongs to the list that is gone.
        if (this.firstPage.value() === first) {
          this.morePages.update((pages) => [...pages, page]);
        }
        this.loadingMore.set(false);
      },
      error: (error: unknown) => {
        this.moreFailure.set(describeFailure(error));
        this.loadingMore.set(false);
      },
    });
  }

  protected open(entry: AuditEntryDto): void {
    this.dialog.open(AuditEntryDialog, { data: entry, width: '720px', maxWidth: '95vw' });
  }

  protected download(format: AuditExportFormat): void {
    if (this.exporting()) {
      return;
    }
    const params = { ...this.filterParams(), format };
    // The generated client asks for CSV as text and for JSON Lines as a blob (typed as text).
    const request: Observable<{ body: string | Blob; headers: { get(name: string): string | null } }> =
      format === 'csv'
        ? this.admin.exportAuditEntries$Csv$Response(params as typeof params & { format: 'csv' })
        : this.admin.exportAuditEntries$XNdjson$Response(params as typeof params & { format: 'jsonl' });
    this.exporting.set(format);
    this.exportFailure.set(null);
    request.subscribe({
      next: (response) => {
        const fileName = attachmentFileName(response.headers.get('Content-Disposition')) ?? `audit-log.${format}`;
        saveFile(response.body, fileName, EXPORTS[format].type);
        this.exporting.set(null);
      },
      error: (error: unknown) => {
        this.exportFailure.set(`The export failed. ${describeFailure(error)}`);
        this.exporting.set(null);
      },
    });
  }

  private navigate(changes: Partial<AuditQuery>): void {
    const queryParams = auditQueryToParams({ ...this.query(), ...changes });
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}

/** "Verified up to entry 42 (2:14 PM, Dec 7)", or where the chain breaks. */
export function describeChain(status: AuditVerificationDto, now: number): { broken: boolean; text: string } {
  if (status.firstBroken) {
    return {
      broken: true,
      text: `Broken at entry ${status.firstBroken.chainSeq}: ${status.firstBroken.problem}.`,
    };
  }
  const pending =
    status.unchained > 0
      ? ` ${status.unchained} newer ${status.unchained === 1 ? 'entry is' : 'entries are'} not linked yet.`
      : '';
  if (!status.upTo) {
    return { broken: false, text: `No entry is linked into the chain yet.${pending}` };
  }
  return {
    broken: false,
    text: `Verified up to entry ${status.upTo.chainSeq} (${auditTime(status.upTo.occurredAt, now)}).${pending}`,
  };
}
