import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A page's heading with its main actions (projected) beside it, wrapping below on narrow screens. */
@Component({
  selector: 'od-page-header',
  template: `
    <h1 class="title">{{ heading() }}</h1>
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 16px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeader {
  readonly heading = input.required<string>();
}
