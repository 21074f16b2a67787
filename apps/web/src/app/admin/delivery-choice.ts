import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioModule } from '@angular/material/radio';
import type { Delivery } from '@ownerdash/api-client';

/** How someone gets a password from an admin: a link by mail, or a temporary password to hand over. */
@Component({
  selector: 'od-delivery-choice',
  imports: [MatRadioModule, ReactiveFormsModule],
  template: `
    <fieldset class="delivery">
      <legend class="legend">{{ legend() }}</legend>
      <mat-radio-group class="options" [formControl]="control()" [attr.aria-label]="legend()">
        <mat-radio-button value="email">{{ emailLabel() }}</mat-radio-button>
        <mat-radio-button value="temporary-password">Create a temporary password to hand over</mat-radio-button>
      </mat-radio-group>
    </fieldset>
  `,
  styles: `
    .delivery {
      margin: 8px 0 16px;
      padding: 0;
      border: 0;
    }
    .legend {
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    .options {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveryChoice {
  readonly control = input.required<FormControl<Delivery>>();
  readonly legend = input.required<string>();
  /** What the mail gives: an invitation, or a link to choose a new password. */
  readonly emailLabel = input.required<string>();
}
