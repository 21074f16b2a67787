import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { Role } from '@ownerdash/contracts';
import { ROLE_LABELS } from './team-member';

/** Chooses a role, Admin or User, with what the server said about it under the field. */
@Component({
  selector: 'od-role-select',
  imports: [MatFormFieldModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>Role</mat-label>
      <mat-select [formControl]="control()">
        @for (option of options; track option[0]) {
          <mat-option [value]="option[0]">{{ option[1] }}</mat-option>
        }
      </mat-select>
      @if (control().getError('server'); as problem) {
        <mat-error>{{ problem }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleSelect {
  readonly control = input.required<FormControl<Role>>();

  protected readonly options = Object.entries(ROLE_LABELS);
}
