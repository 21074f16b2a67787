import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { describeFailure } from '../api-error';
import { LoadFailure } from '../shared/load-failure';
import { PageState } from '../shared/page-state';
import { type PlaceholderPart, ViewPlaceholder } from './view-placeholder';

/** What a view card needs of the data behind it; an `rxResource` fits. */
export interface ViewData {
  isLoading(): boolean;
  hasValue(): boolean;
  error(): unknown;
  reload(): boolean;
}

let nextId = 0;

/**
 * The frame of one dashboard view: a titled card that shows a skeleton while the first data
 * loads, the failure with a retry, or the empty state; the view's content is projected once
 * there is something to show.
 */
@Component({
  selector: 'od-view-card',
  imports: [LoadFailure, MatCardModule, MatProgressBar, PageState, ViewPlaceholder],
  template: `
    <mat-card appearance="outlined" class="card">
      <div class="header">
        <h2 class="heading" [id]="headingId">{{ heading() }}</h2>
        @if (description(); as description) {
          <p class="description">{{ description }}</p>
        }
      </div>
      <div class="progress">
        @if (data().isLoading() && data().hasValue()) {
          <!-- Only new filters show it, so its code loads then rather than with the page. -->
          @defer (on immediate) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Updating ' + heading()" />
          }
        }
      </div>
      @if (failure(); as message) {
        <od-load-failure [message]="heading() + ' could not be loaded. ' + message" (retry)="data().reload()" />
      } @else if (!data().hasValue()) {
        <div class="skeleton" [class.shaped]="placeholder().length > 0" role="status" aria-busy="true">
          <span class="visually-hidden">Loading {{ heading() }}</span>
          @if (placeholder().length > 0) {
            <od-view-placeholder [parts]="placeholder()" />
          } @else {
            <span class="bone" aria-hidden="true"></span>
            <span class="bone" aria-hidden="true"></span>
            <span class="bone short" aria-hidden="true"></span>
          }
        </div>
      } @else if (empty()) {
        <od-page-state role="status" icon="inbox" [message]="emptyMessage()" />
      } @else {
        <div class="content"><ng-content /></div>
      }
    </mat-card>
  `,
  styleUrl: './view-card.scss',
  host: { role: 'region', '[attr.aria-labelledby]': 'headingId' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewCard {
  readonly heading = input.required<string>();
  readonly description = input<string>();
  readonly data = input.required<ViewData>();
  /** Whether the loaded data has nothing to show. */
  readonly empty = input(false);
  readonly emptyMessage = input('Nothing to show for these properties and dates.');
  /** The blocks the content will be made of, so the skeleton has its size; bare bones without. */
  readonly placeholder = input<readonly PlaceholderPart[]>([]);

  protected readonly headingId = `view-card-${nextId++}`;
  protected readonly failure = computed(() => {
    const error = this.data().error();
    return error ? describeFailure(error) : null;
  });
}
