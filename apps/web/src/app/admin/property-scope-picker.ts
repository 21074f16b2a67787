import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import type { PropertySummaryDto } from '@ownerdash/api-client';
import { type ScopeChoice, scopeIsComplete, type ScopeMode } from './property-scope';

let nextId = 0;

/** Chooses a property scope: all properties, or a checkbox list of the organization's properties. */
@Component({
  selector: 'od-property-scope-picker',
  imports: [MatCheckboxModule, MatRadioModule],
  template: `
    <fieldset class="scope" [disabled]="disabled()">
      <legend class="legend">{{ legend() }}</legend>
      <mat-radio-group
        class="modes"
        [attr.aria-label]="legend()"
        [value]="scope().mode"
        [disabled]="disabled()"
        (change)="setMode($event.value)"
      >
        @if (allowUnchanged()) {
          <mat-radio-button value="unchanged">Leave scope unchanged</mat-radio-button>
        }
        <mat-radio-button value="all">All properties</mat-radio-button>
        <mat-radio-button value="chosen">Only the properties chosen below</mat-radio-button>
      </mat-radio-group>

      @if (scope().mode === 'chosen') {
        <ul class="properties" [attr.aria-label]="'Properties for ' + legend()">
          @for (property of properties(); track property.id) {
            <li>
              <mat-checkbox
                [checked]="chosen().has(property.id)"
                [disabled]="disabled()"
                [attr.aria-describedby]="complete() ? null : problemId"
                (change)="toggle(property.id, $event.checked)"
              >
                {{ property.name }}
              </mat-checkbox>
            </li>
          } @empty {
            <li class="hint">The organization has no properties yet.</li>
          }
        </ul>
        @if (!complete()) {
          <p class="problem" role="alert" [id]="problemId">Choose at least one property.</p>
        }
      }
    </fieldset>
  `,
  styles: `
    .scope {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    .modes {
      display: flex;
      flex-direction: column;
    }
    .properties {
      margin: 0;
      padding: 0 0 0 32px;
      list-style: none;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .problem {
      margin: 4px 0 0 32px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PropertyScopePicker {
  readonly properties = input.required<readonly PropertySummaryDto[]>();
  readonly scope = input.required<ScopeChoice>();
  readonly legend = input('Property access');
  /** Offers "Leave scope unchanged", for presets applied to users who already have a scope. */
  readonly allowUnchanged = input(false);
  readonly disabled = input(false);
  readonly scopeChange = output<ScopeChoice>();

  protected readonly problemId = `od-property-scope-problem-${nextId++}`;
  protected readonly chosen = computed(() => new Set(this.scope().propertyIds));
  protected readonly complete = computed(() => scopeIsComplete(this.scope()));

  protected setMode(mode: ScopeMode): void {
    this.scopeChange.emit({ mode, propertyIds: this.scope().propertyIds });
  }

  protected toggle(propertyId: string, checked: boolean): void {
    const others = this.scope().propertyIds.filter((id) => id !== propertyId);
    this.scopeChange.emit({ mode: 'chosen', propertyIds: checked ? [...others, propertyId] : others });
  }
}
