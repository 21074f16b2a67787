import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AdminApi, type AdminUserDto, PropertiesApi } from '@ownerdash/api-client';
import type { Role } from '@ownerdash/contracts';
import { concat, filter, forkJoin, map, type Observable, switchMap, tap, toArray } from 'rxjs';
import { describeFailure } from '../api-error';
import { askToConfirm } from '../shared/confirm-dialog';
import { DataExportButton } from '../shared/data-export-button';
import { DISPLAY_NAME_MAX_LENGTH } from '../shared/field-limits';
import { DISPLAY_NAME_MESSAGES } from '../shared/field-messages';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { LabelChip } from '../shared/label-chip';
import { LoadFailure } from '../shared/load-failure';
import { TextField } from '../shared/text-field';
import { type HasUnsavedChanges, warnBeforeUnload } from '../shared/unsaved-changes.guard';
import { type ApplyPresetData, ApplyPresetDialog } from './apply-preset-dialog';
import { EraseUserDialog } from './erase-user-dialog';
import { completeTree, type PermissionTree, sameTree } from './permission-tree';
import { PermissionTreeEditor } from './permission-tree-editor';
import {
  ALL_PROPERTIES,
  sameScope,
  type ScopeChoice,
  scopeFromIds,
  scopeIsComplete,
  scopeToIds,
} from './property-scope';
import { PropertyScopePicker } from './property-scope-picker';
import { ResetPasswordDialog } from './reset-password-dialog';
import { RoleSelect } from './role-select';
import { describeLastSignIn, ROLE_LABELS, statusChip } from './team-member';

/** What the server holds for the member; the page's drafts start from it and are compared with it. */
interface SavedState {
  readonly user: AdminUserDto;
  readonly scope: ScopeChoice;
  readonly tree: PermissionTree;
}

/**
 * One member: name and role, property access and permission tree, saved together with one button,
 * and the account actions (password reset, sign-out everywhere, deactivation, presets, export
 * and erasure of their personal data).
 */
@Component({
  selector: 'od-user-detail-page',
  imports: [
    DataExportButton,
    DatePipe,
    FormErrorBanner,
    LoadFailure,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    PermissionTreeEditor,
    PropertyScopePicker,
    ReactiveFormsModule,
    RoleSelect,
    RouterLink,
    LabelChip,
    TextField,
  ],
  templateUrl: './user-detail-page.html',
  styleUrl: './user-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDetailPage implements HasUnsavedChanges {
  private readonly admin = inject(AdminApi);
  private readonly propertiesApi = inject(PropertiesApi);
  private readonly dialog = inject(MatDialog);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly details = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) =>
      forkJoin({
        user: this.admin.getUser({ id }),
        access: this.admin.getUserPropertyAccess({ id }),
        permissions: this.admin.getUserPermissions({ id }),
        properties: this.propertiesApi.listProperties(),
        presets: this.admin.listPresets(),
      }),
  });
  protected readonly loadFailure = computed(() => {
    const error = this.details.error();
    if (!error) {
      return null;
    }
    return error instanceof HttpErrorResponse && error.status === 404
      ? 'There is no such member in your organization.'
      : `The member could not be loaded. ${describeFailure(error)}`;
  });
  protected readonly properties = computed(() =>
    this.details.hasValue() ? this.details.value().properties.items : [],
  );

  protected readonly saved = linkedSignal<SavedState | null>(() => {
    if (!this.details.hasValue()) {
      return null;
    }
    const { user, access, permissions } = this.details.value();
    return { user, scope: scopeFromIds(access.propertyIds), tree: completeTree(permissions) };
  });
  // Each draft starts again from the server's state when that part of it changes (a load, a save).
  protected readonly draftScope = linkedSignal({
    source: () => this.saved()?.scope,
    computation: (scope) => scope ?? ALL_PROPERTIES,
  });
  protected readonly draftTree = linkedSignal({
    source: () => this.saved()?.tree,
    computation: (tree) => tree ?? completeTree(),
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    role: ['user' as Role, Validators.required],
  });
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  private readonly savedProfile = computed(
    () => {
      const user = this.saved()?.user;
      return user ? { displayName: user.displayName, role: user.role } : null;
    },
    { equal: (a, b) => a?.displayName === b?.displayName && a?.role === b?.role },
  );

  protected readonly feedback = new FormFeedback(this.form);
  /** Confirmations of what was just done, announced politely. */
  protected readonly status = signal<string | null>(null);
  protected readonly displayNameMessages = DISPLAY_NAME_MESSAGES;

  /** The member's data export, asked for with the page's current member. */
  protected readonly exportData = () => this.admin.exportUserData$Response({ id: this.id() });

  protected readonly draftIsAdmin = computed(() => this.formValue().role === 'admin');
  protected readonly header = computed(() => {
    const user = this.saved()?.user;
    if (!user) {
      return null;
    }
    return {
      ...user,
      roleLabel: ROLE_LABELS[user.role],
      status: statusChip(user),
      lastSignIn: describeLastSignIn(user.lastLogin),
    };
  });
  private readonly changes = computed(() => {
    const saved = this.saved();
    if (!saved) {
      return { profile: false, scope: false, tree: false };
    }
    const { displayName, role } = this.formValue();
    return {
      profile: displayName.trim() !== saved.user.displayName || role !== saved.user.role,
      scope: !sameScope(this.draftScope(), saved.scope),
      tree: !sameTree(this.draftTree(), saved.tree),
    };
  });
  protected readonly dirty = computed(() => Object.values(this.changes()).some(Boolean));
  protected readonly scopeComplete = computed(() => scopeIsComplete(this.draftScope()));

  constructor() {
    effect(() => {
      const profile = this.savedProfile();
      if (profile) {
        this.form.reset(profile);
      }
    });
    warnBeforeUnload(() => this.dirty());
  }

  hasUnsavedChanges(): boolean {
    return this.dirty();
  }

  /** Saves what changed: name and role, then property access, then the permission tree. */
  protected save(): void {
    const saved = this.saved();
    if (!saved || !this.scopeComplete() || !this.feedback.begin()) {
      return;
    }
    this.status.set(null);
    const id = saved.user.id;
    const changes = this.changes();
    const { displayName, role } = this.form.getRawValue();
    const steps: Observable<unknown>[] = [];
    if (changes.profile) {
      const body = {
        ...(displayName.trim() !== saved.user.displayName ? { displayName: displayName.trim() } : {}),
        ...(role !== saved.user.role ? { role } : {}),
      };
      steps.push(this.admin.updateUser({ id, body }).pipe(tap((user) => this.keep({ user }))));
    }
    if (changes.scope) {
      const body = { propertyIds: scopeToIds(this.draftScope()) ?? [] };
      steps.push(
        this.admin
          .setUserPropertyAccess({ id, body })
          .pipe(tap((access) => this.keep({ scope: scopeFromIds(access.propertyIds) }))),
      );
    }
    if (changes.tree) {
      // The whole tree, tabs and views alike: a switched-off tab keeps its views' settings this way.
      const body = this.draftTree();
      steps.push(
        this.admin
          .setUserPermissions({ id, body })
          .pipe(tap((settings) => this.keep({ tree: completeTree(settings) }))),
      );
    }
    // One after the other, so a refusal (the last admin, say) stops the rest; what was saved stays saved.
    this.feedback.track(concat(...steps).pipe(toArray())).subscribe({
      next: () => this.status.set('Changes saved.'),
      error: (error: unknown) => this.feedback.showFailure(error),
    });
  }

  protected cancel(): void {
    const saved = this.saved();
    if (saved) {
      this.form.reset({ displayName: saved.user.displayName, role: saved.user.role });
      this.draftScope.set(saved.scope);
      this.draftTree.set(saved.tree);
      this.feedback.clearBanner();
    }
  }

  protected resetPassword(user: AdminUserDto): void {
    this.dialog
      .open(ResetPasswordDialog, { data: user, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.admin.getUser({ id: user.id })),
      )
      .subscribe((updated) => this.keep({ user: updated }));
  }

  protected signOutEverywhere(user: AdminUserDto): void {
    this.confirmThen(
      {
        title: `Sign ${user.displayName} out everywhere?`,
        message: `Every session of ${user.displayName} ends now, on every device. They can sign in again.`,
        confirmLabel: 'Sign out everywhere',
      },
      () => this.admin.signOutUser({ id: user.id }).pipe(map(() => user)),
      `${user.displayName} was signed out everywhere.`,
    );
  }

  protected deactivate(user: AdminUserDto): void {
    this.confirmThen(
      {
        title: `Deactivate ${user.displayName}?`,
        message: `${user.displayName} is signed out everywhere and can no longer sign in. Nothing is deleted; you can reactivate the account later.`,
        confirmLabel: 'Deactivate',
        destructive: true,
      },
      () => this.admin.deactivateUser({ id: user.id }).pipe(switchMap(() => this.admin.getUser({ id: user.id }))),
      `${user.displayName} was deactivated.`,
    );
  }

  protected reactivate(user: AdminUserDto): void {
    this.confirmThen(
      {
        title: `Reactivate ${user.displayName}?`,
        message: `${user.displayName} can sign in again, with the access this page shows.`,
        confirmLabel: 'Reactivate',
      },
      () => this.admin.updateUser({ id: user.id, body: { isActive: true } }),
      `${user.displayName} was reactivated.`,
    );
  }

  protected applyPreset(user: AdminUserDto): void {
    const data: ApplyPresetData = {
      user,
      presets: this.details.hasValue() ? this.details.value().presets.items : [],
      properties: this.properties(),
      unsavedChanges: this.dirty(),
    };
    this.dialog
      .open(ApplyPresetDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((updated: AdminUserDto | undefined) => {
        if (updated) {
          // Role, tree and scope may all have changed: everything is read again.
          this.details.reload();
          this.status.set(`The preset was applied to ${updated.displayName}.`);
        }
      });
  }

  protected erase(user: AdminUserDto): void {
    this.status.set(null);
    this.feedback.clearBanner();
    this.dialog
      .open(EraseUserDialog, { data: user, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((erased) => {
        if (erased) {
          // Name, email and state all changed: the page reads the account again.
          this.details.reload();
          this.status.set(`The personal data of ${user.displayName} was erased.`);
        }
      });
  }

  private confirmThen(
    confirmation: Parameters<typeof askToConfirm>[1],
    action: () => Observable<AdminUserDto>,
    done: string,
  ): void {
    this.status.set(null);
    this.feedback.clearBanner();
    askToConfirm(this.dialog, confirmation)
      .pipe(
        filter(Boolean),
        switchMap(() => this.feedback.track(action())),
      )
      .subscribe({
        next: (user) => {
          this.keep({ user });
          this.status.set(done);
        },
        error: (error: unknown) => this.feedback.showBanner(describeFailure(error)),
      });
  }

  private keep(part: Partial<SavedState>): void {
    this.saved.update((state) => state && { ...state, ...part });
  }
}
