import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AdminApi, type Delivery, type InvitationDto, PropertiesApi } from '@ownerdash/api-client';
import { ERROR_CODES, type Role } from '@ownerdash/contracts';
import { forkJoin } from 'rxjs';
import { describeFailure, errorBodyOf } from '../api-error';
import { DISPLAY_NAME_MAX_LENGTH } from '../shared/field-limits';
import { DISPLAY_NAME_MESSAGES, EMAIL_MESSAGES } from '../shared/field-messages';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { LoadFailure } from '../shared/load-failure';
import { TextField } from '../shared/text-field';
import { CredentialsNotice } from './credentials-notice';
import { DeliveryChoice } from './delivery-choice';
import { describePreset } from './preset-summary';
import { ALL_PROPERTIES, type ScopeChoice, scopeFromIds, scopeIsComplete, scopeToIds } from './property-scope';
import { PropertyScopePicker } from './property-scope-picker';
import { RoleSelect } from './role-select';

/**
 * Invites a person: their account with a role, an optional preset, property access, and how they
 * get their first password. Ends by showing what to hand on (a temporary password, shown once).
 */
@Component({
  selector: 'od-invite-dialog',
  imports: [
    CredentialsNotice,
    DeliveryChoice,
    FormErrorBanner,
    LoadFailure,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    PropertyScopePicker,
    ReactiveFormsModule,
    RoleSelect,
    TextField,
  ],
  templateUrl: './invite-dialog.html',
  styleUrl: './admin-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  private readonly admin = inject(AdminApi);
  private readonly propertiesApi = inject(PropertiesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly emailMessages = { ...EMAIL_MESSAGES, required: 'Enter the person’s email address.' };
  protected readonly displayNameMessages = DISPLAY_NAME_MESSAGES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    role: ['user' as Role, Validators.required],
    presetId: [''],
    delivery: ['email' as Delivery, Validators.required],
  });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly scope = signal<ScopeChoice>(ALL_PROPERTIES);
  protected readonly scopeComplete = computed(() => scopeIsComplete(this.scope()));
  /** The invitation the server made; from then on the dialog shows what to hand on. */
  protected readonly invitation = signal<InvitationDto | null>(null);

  /** Presets and properties, which the form needs before it can be filled in. */
  protected readonly choices = rxResource({
    stream: () => forkJoin({ presets: this.admin.listPresets(), properties: this.propertiesApi.listProperties() }),
  });
  protected readonly choicesFailure = computed(() => {
    const error = this.choices.error();
    return error ? describeFailure(error) : null;
  });
  private readonly presetId = toSignal(this.form.controls.presetId.valueChanges, { initialValue: '' });
  protected readonly preset = computed(() =>
    this.choices.hasValue()
      ? this.choices.value().presets.items.find((preset) => preset.id === this.presetId())
      : undefined,
  );
  /** What the chosen preset gives, in words. */
  protected readonly presetSummary = computed(() => {
    const preset = this.preset();
    return preset && this.choices.hasValue() ? describePreset(preset, this.choices.value().properties.items) : null;
  });

  constructor() {
    // A preset fills in what it decides; the admin may still change the role and access afterwards.
    this.form.controls.presetId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const preset = this.preset();
      if (preset) {
        this.form.controls.role.setValue(preset.role);
        if (preset.propertyIds !== null) {
          this.scope.set(scopeFromIds(preset.propertyIds));
        }
      }
    });
  }

  protected submit(): void {
    if (!this.scopeComplete() || !this.feedback.begin()) {
      return;
    }
    const { presetId, ...fields } = this.form.getRawValue();
    const body = {
      ...fields,
      email: fields.email.trim(),
      displayName: fields.displayName.trim(),
      ...(presetId ? { presetId } : {}),
      propertyIds: scopeToIds(this.scope()) ?? [],
    };
    this.feedback.track(this.admin.inviteUser({ body })).subscribe({
      next: (invitation) => {
        this.invitation.set(invitation);
        afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.result-heading')?.focus(), {
          injector: this.injector,
        });
      },
      error: (error: unknown) => {
        const body = errorBodyOf(error);
        const emailTaken =
          body?.code === ERROR_CODES.emailTaken ? [{ field: 'email', problems: [body.message] }] : undefined;
        this.feedback.showFailure(error, emailTaken);
      },
    });
  }
}
