import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AdminApi, type PresetDto, type PropertySummaryDto } from '@ownerdash/api-client';
import { ERROR_CODES, type Role } from '@ownerdash/contracts';
import { errorBodyOf } from '../api-error';
import { PRESET_NAME_MAX_LENGTH } from '../shared/field-limits';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { TextField } from '../shared/text-field';
import { completeTree } from './permission-tree';
import { PermissionTreeEditor } from './permission-tree-editor';
import { scopeFromIds, scopeIsComplete, scopeToIds } from './property-scope';
import { PropertyScopePicker } from './property-scope-picker';
import { RoleSelect } from './role-select';

export interface PresetDialogData {
  /** The preset to edit; none to create one. */
  readonly preset?: PresetDto;
  readonly properties: readonly PropertySummaryDto[];
}

/** Creates or edits a preset: a name, a role, a permission tree and optionally a property scope. */
@Component({
  selector: 'od-preset-dialog',
  imports: [
    FormErrorBanner,
    MatButtonModule,
    MatDialogModule,
    MatProgressBarModule,
    PermissionTreeEditor,
    PropertyScopePicker,
    ReactiveFormsModule,
    RoleSelect,
    TextField,
  ],
  templateUrl: './preset-dialog.html',
  styleUrl: './admin-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresetDialog {
  private readonly admin = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<PresetDialog, PresetDto>>(MatDialogRef);

  protected readonly data = inject<PresetDialogData>(MAT_DIALOG_DATA);
  protected readonly nameMessages = {
    required: 'Name the preset.',
    maxlength: `Use at most ${PRESET_NAME_MAX_LENGTH} characters.`,
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.preset?.name ?? '', [Validators.required, Validators.maxLength(PRESET_NAME_MAX_LENGTH)]],
    role: [this.data.preset?.role ?? ('user' as Role), Validators.required],
  });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly tree = signal(completeTree(this.data.preset));
  // A new preset leaves a user's scope alone unless the admin chooses one.
  protected readonly scope = signal(scopeFromIds(this.data.preset?.propertyIds ?? null));
  protected readonly scopeComplete = computed(() => scopeIsComplete(this.scope()));
  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly forAdmin = computed(() => this.role() === 'admin');

  protected submit(): void {
    if (!this.scopeComplete() || !this.feedback.begin()) {
      return;
    }
    const { name, role } = this.form.getRawValue();
    const body = { name: name.trim(), role, ...this.tree(), propertyIds: scopeToIds(this.scope()) };
    const preset = this.data.preset;
    const request = preset ? this.admin.updatePreset({ id: preset.id, body }) : this.admin.createPreset({ body });
    this.feedback.track(request).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        const body = errorBodyOf(error);
        const nameTaken =
          body?.code === ERROR_CODES.presetNameTaken ? [{ field: 'name', problems: [body.message] }] : undefined;
        this.feedback.showFailure(error, nameTaken);
      },
    });
  }
}
