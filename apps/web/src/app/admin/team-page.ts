import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { AdminApi, type AdminUserDto, type UserStatus } from '@ownerdash/api-client';
import type { Role } from '@ownerdash/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { describeFailure } from '../api-error';
import { LabelChip } from '../shared/label-chip';
import { LoadFailure } from '../shared/load-failure';
import { PageHeader } from '../shared/page-header';
import { PageState } from '../shared/page-state';
import { ScrollRegion } from '../shared/scroll-region';
import { InviteDialog } from './invite-dialog';
import { describeLastSignIn, describeScopeSummary, ROLE_LABELS, STATUS_LABELS, statusChip } from './team-member';
import {
  hasFilters,
  listUsersParams,
  PAGE_SIZES,
  type TeamQuery,
  teamQueryFromParams,
  teamQueryToParams,
} from './team-query';

/** How long typing pauses before the search runs. */
export const SEARCH_DELAY_MS = 300;

/** The organization's members: searched, filtered and paged on the server, with the query in the URL. */
@Component({
  selector: 'od-team-page',
  imports: [
    LoadFailure,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    PageHeader,
    PageState,
    ReactiveFormsModule,
    ScrollRegion,
    LabelChip,
  ],
  templateUrl: './team-page.html',
  styleUrl: './team-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage {
  private readonly admin = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Bound from the query string.
  readonly q = input<string>();
  readonly role = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly query = computed(() =>
    teamQueryFromParams({
      q: this.q(),
      role: this.role(),
      status: this.status(),
      page: this.page(),
      pageSize: this.pageSize(),
    }),
  );
  protected readonly users = rxResource({
    params: () => listUsersParams(this.query()),
    stream: ({ params }) => this.admin.listUsers(params),
  });
  protected readonly rows = computed(() =>
    (this.users.hasValue() ? this.users.value().items : []).map((user) => ({
      ...user,
      roleLabel: ROLE_LABELS[user.role],
      scopeLabel: describeScopeSummary(user.scope),
      status: statusChip(user),
      lastSignIn: describeLastSignIn(user.lastLogin),
    })),
  );
  protected readonly total = computed(() => (this.users.hasValue() ? this.users.value().total : 0));
  protected readonly filtered = computed(() => hasFilters(this.query()));
  protected readonly failure = computed(() => {
    const error = this.users.error();
    return error ? describeFailure(error) : null;
  });

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly textColumns = [
    { id: 'name', header: 'Name', field: 'displayName' },
    { id: 'email', header: 'Email', field: 'email' },
    { id: 'role', header: 'Role', field: 'roleLabel' },
    { id: 'scope', header: 'Properties', field: 'scopeLabel' },
  ] as const;
  protected readonly columns = [...this.textColumns.map((column) => column.id), 'status', 'lastSignIn'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly filters = computed(() => [
    {
      label: 'Role',
      anyLabel: 'Any role',
      options: Object.entries(ROLE_LABELS),
      value: this.query().role ?? '',
      choose: (role: string) => this.navigate({ role: (role as Role) || null, page: 1 }),
    },
    {
      label: 'Status',
      anyLabel: 'Any status',
      options: Object.entries(STATUS_LABELS),
      value: this.query().status ?? '',
      choose: (status: string) => this.navigate({ status: (status as UserStatus) || null, page: 1 }),
    },
  ]);

  constructor() {
    // The box follows the URL (reload, back), without that echo starting another search.
    effect(() => {
      const q = this.query().q;
      untracked(() => {
        if (this.search.value.trim() !== q) {
          this.search.setValue(q, { emitEvent: false });
        }
      });
    });
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DELAY_MS),
        map((text) => text.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.navigate({ q, page: 1 }));
  }

  protected changePage(event: PageEvent): void {
    const pageSize = event.pageSize;
    // A new page size starts again from the first page; the old page number would mean other rows.
    this.navigate({ page: pageSize === this.query().pageSize ? event.pageIndex + 1 : 1, pageSize });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.navigate({ q: '', role: null, status: null, page: 1 });
  }

  protected open(user: AdminUserDto): void {
    void this.router.navigate(['users', user.id], { relativeTo: this.route });
  }

  protected invite(): void {
    this.dialog
      .open(InviteDialog, { width: '600px', maxWidth: '95vw' })
      .afterClosed()
      // However the dialog was closed, someone may have been invited before.
      .subscribe(() => this.users.reload());
  }

  private navigate(changes: Partial<TeamQuery>): void {
    const queryParams = teamQueryToParams({ ...this.query(), ...changes });
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
