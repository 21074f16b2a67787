import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatInputModule } from '@angular/material/input';
import type { Sort } from '@angular/material/sort';
import { PortfolioReviewsApi, type ReviewSource } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import { formatNumber, formatPercent, NO_VALUE } from '../format';
import { FORMAT_PIPES } from '../format-pipes';
import { PagedTable } from '../paged-table';
import { TablePaginator } from '../table-paginator';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { formatRating, REVIEW_SOURCE_NAMES } from './review-sources';

type ReviewSortKey = 'postedAt' | 'rating';

const SORT_CHOICES: readonly { readonly value: string; readonly label: string; readonly sort: Sort }[] = [
  { value: '-postedAt', label: 'Newest first', sort: { active: 'postedAt', direction: 'desc' } },
  { value: 'postedAt', label: 'Oldest first', sort: { active: 'postedAt', direction: 'asc' } },
  { value: '-rating', label: 'Highest rated first', sort: { active: 'rating', direction: 'desc' } },
  { value: 'rating', label: 'Lowest rated first', sort: { active: 'rating', direction: 'asc' } },
];

const MAX_STARS = 5;

/** Hours to answer; past two days they read better as days. */
function formatResponseTime(hours: number | null): string {
  if (hours === null) {
    return NO_VALUE;
  }
  const [amount, unit] = hours < 48 ? [hours, 'hour'] : [hours / 24, 'day'];
  const shown = formatNumber(amount, 1);
  return `${shown} ${shown === '1' ? unit : `${unit}s`}`;
}

/**
 * `reviews.google` and `reviews.apartments`: one review source over the period, its ratings and
 * how the properties answer, with its reviews a page at a time. The view id picks the source.
 */
@Component({
  selector: 'od-review-source-view',
  imports: [FORMAT_PIPES, MatInputModule, TablePaginator, TileList, ViewCard],
  templateUrl: './review-source-view.html',
  styleUrl: './review-source-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewSourceView {
  private readonly api = inject(PortfolioReviewsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly source = computed<ReviewSource>(() =>
    this.view().id === 'reviews.apartments' ? 'apartments' : 'google',
  );
  protected readonly sourceName = computed(() => REVIEW_SOURCE_NAMES[this.source()]);
  protected readonly table = new PagedTable<ReviewSortKey>({
    sortKeys: ['postedAt', 'rating'],
    defaultSort: { active: 'postedAt', direction: 'desc' },
    pageSize: 10,
    resetOn: () => this.filters.periodQuery(),
  });
  protected readonly reviews = viewResource({
    params: () => {
      const query = this.filters.periodQuery();
      return query && { source: this.source(), query: { ...query, ...this.table.query() } };
    },
    stream: ({ params: { source, query } }) =>
      source === 'apartments' ? this.api.getReviewsApartments(query) : this.api.getReviewsGoogle(query),
  });
  protected readonly total = computed(() => (this.reviews.hasValue() ? this.reviews.value().total : 0));
  protected readonly empty = computed(() => this.reviews.hasValue() && this.total() === 0);
  protected readonly emptyMessage = computed(() => `No ${this.sourceName()} reviews were posted in this period.`);
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.reviews.hasValue()) {
      return [];
    }
    const { averageRating, total, responseRatePct, meanResponseHours } = this.reviews.value();
    return [
      { key: 'rating', label: 'Average rating', value: formatRating(averageRating) },
      { key: 'count', label: 'Reviews', value: formatNumber(total) },
      { key: 'responseRate', label: 'Response rate', value: formatPercent(responseRatePct) },
      {
        key: 'responseTime',
        label: 'Average response time',
        value: formatResponseTime(meanResponseHours),
        note: meanResponseHours === null ? 'No review responded to yet' : undefined,
      },
    ];
  });
  protected readonly items = computed(() =>
    (this.reviews.hasValue() ? this.reviews.value().items : []).map((review) => ({
      ...review,
      stars: '★'.repeat(review.rating) + '☆'.repeat(Math.max(MAX_STARS - review.rating, 0)),
      ratingLabel: `${review.rating} of ${MAX_STARS} stars`,
    })),
  );
  protected readonly sortChoices = SORT_CHOICES;
  protected readonly sortChoice = computed(() => {
    const { active, direction } = this.table.sort();
    return direction === 'asc' ? active : `-${active}`;
  });
  // A review takes several lines: longer pages would make the card taller than most screens.
  protected readonly pageSizes = [10, 25, 50];

  protected sortBy(event: Event): void {
    const choice = SORT_CHOICES.find(({ value }) => value === (event.target as HTMLSelectElement).value);
    if (choice) {
      this.table.changeSort(choice.sort);
    }
  }
}
