import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** Messages for a control's validation errors, by error key, in the order they are checked. */
export type FieldMessages = Readonly<Record<string, string>>;

/**
 * An outlined text field bound to a form control: its label, hint, and one message at a time,
 * the first of `messages` that applies, or else what the server said about it (`placeFieldProblems`).
 */
@Component({
  selector: 'od-text-field',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" [subscriptSizing]="hint() ? 'dynamic' : 'fixed'">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [type]="type()" [name]="name()" [formControl]="control()" [attr.autocomplete]="autocomplete()" />
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
      @if (errorMessage(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  /** The input's name, which browser tests and password managers go by. */
  readonly name = input.required<string>();
  readonly type = input('text');
  readonly autocomplete = input('off');
  readonly hint = input<string>();
  readonly messages = input<FieldMessages>({});

  /** Read in the template: the form field marks this view for checking when the control changes. */
  protected errorMessage(): string | null {
    const control = this.control();
    const key = Object.keys(this.messages()).find((error) => control.hasError(error));
    const server: unknown = control.getError('server');
    return key ? this.messages()[key] : typeof server === 'string' ? server : null;
  }
}
