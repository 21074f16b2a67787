import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AdminApi, type AdminUserDto, type PresetDto, type PropertySummaryDto } from '@ownerdash/api-client';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { describePreset } from './preset-summary';

export interface ApplyPresetData {
  readonly user: AdminUserDto;
  readonly presets: readonly PresetDto[];
  readonly properties: readonly PropertySummaryDto[];
  /** The page has changes that applying the preset replaces. */
  readonly unsavedChanges: boolean;
}

/** Gives a member a preset's role, permission tree and scope; closes with the updated member. */
@Component({
  selector: 'od-apply-preset-dialog',
  imports: [
    FormErrorBanner,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>Apply a preset to {{ data.user.displayName }}</h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <div class="progress">
          @if (feedback.submitting()) {
            <mat-progress-bar mode="indeterminate" aria-label="Applying the preset" />
          }
        </div>
        <od-form-error [message]="feedback.banner()" />
        @if (data.presets.length === 0) {
          <p>There are no presets yet. Create one on the Presets page.</p>
        } @else {
          <mat-form-field appearance="outline" class="wide">
            <mat-label>Preset</mat-label>
            <mat-select formControlName="presetId" required>
              @for (preset of data.presets; track preset.id) {
                <mat-option [value]="preset.id">{{ preset.name }}</mat-option>
              }
            </mat-select>
            @if (summary(); as text) {
              <mat-hint>{{ text }}</mat-hint>
            }
            @if (form.controls.presetId.hasError('required')) {
              <mat-error>Choose a preset.</mat-error>
            }
          </mat-form-field>
          <p>
            The preset replaces the role and the permission tree of {{ data.user.displayName }}, and their property
            access if the preset sets one.
            @if (data.unsavedChanges) {
              <strong>Your unsaved changes on this page are replaced too.</strong>
            }
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="feedback.submitting() || data.presets.length === 0">
          Apply preset
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './admin-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplyPresetDialog {
  private readonly admin = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<ApplyPresetDialog, AdminUserDto>>(MatDialogRef);

  protected readonly data = inject<ApplyPresetData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({ presetId: ['', Validators.required] });
  protected readonly feedback = new FormFeedback(this.form);
  private readonly presetId = toSignal(this.form.controls.presetId.valueChanges, { initialValue: '' });
  protected readonly summary = computed(() => {
    const preset = this.data.presets.find((candidate) => candidate.id === this.presetId());
    return preset ? describePreset(preset, this.data.properties) : null;
  });

  protected submit(): void {
    if (!this.feedback.begin()) {
      return;
    }
    const request = this.admin.applyPreset({ id: this.data.user.id, body: this.form.getRawValue() });
    this.feedback.track(request).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (error: unknown) => this.feedback.showFailure(error),
    });
  }
}
