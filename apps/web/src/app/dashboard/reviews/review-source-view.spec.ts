import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeFinancialsApis,
  fakeFinancialsApis,
  provideFakeFinancialsApis,
  reviewRow,
  reviewSource,
  UNANSWERED_REVIEW,
} from '../../../testing/portfolio-financials-fixtures';
import { renderView, tilesOf } from '../../../testing/view-testing';
import { ReviewSourceView } from './review-source-view';

describe('ReviewSourceView', () => {
  let apis: FakeFinancialsApis;

  beforeEach(() => (apis = fakeFinancialsApis()));

  const reviews = (page: HTMLElement) =>
    [...page.querySelectorAll('.review')].map((review) => ({
      stars: review.querySelector('.stars')?.getAttribute('aria-label'),
      shown: review.querySelector('.stars')?.textContent?.trim(),
      meta: [...review.querySelectorAll('.meta > :not(.stars)')].map((part) => part.textContent?.trim()),
      text: review.querySelector('.text')?.textContent?.trim(),
      response: review.querySelector('.response')?.textContent?.replace(/\s+/g, ' ').trim(),
    }));
  const lastGoogleQuery = () => apis.reviews.getReviewsGoogle.mock.lastCall?.[0];

  it('asks for the newest Google reviews of the period, ten at a time', async () => {
    await renderView(ReviewSourceView, 'reviews.google', { providers: provideFakeFinancialsApis(apis) });

    expect(lastGoogleQuery()).toEqual({
      from: '2026-10-22',
      to: '2026-11-20',
      page: 1,
      pageSize: 10,
      sort: '-postedAt',
    });
    expect(apis.reviews.getReviewsApartments).not.toHaveBeenCalled();
  });

  it('shows the ratings, how the properties answer, and each review', async () => {
    const { page } = await renderView(ReviewSourceView, 'reviews.google', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Google reviews');
    expect(tilesOf(page).map(({ label, value, under }) => [label, value, under])).toEqual([
      ['Average rating', '3.0 of 5', undefined],
      ['Reviews', '2', undefined],
      ['Response rate', '50.0%', undefined],
      ['Average response time', '18.5 hours', undefined],
    ]);
    expect(reviews(page)).toEqual([
      {
        stars: '4 of 5 stars',
        shown: '★★★★☆',
        meta: ['Sam K.', 'Harbor View', 'Nov 12, 2026'],
        text: 'Quick maintenance, friendly office.',
        response: 'Responded Nov 13, 2026',
      },
      {
        stars: '2 of 5 stars',
        shown: '★★☆☆☆',
        meta: ['Jo P.', 'Maple Court', 'Nov 2, 2026'],
        text: 'Parking is a mess.',
        response: 'No response yet',
      },
    ]);
    expect(page.querySelector('ol')?.getAttribute('aria-label')).toBe('Google reviews');
  });

  it('asks the Apartments.com route for that view', async () => {
    const { page } = await renderView(ReviewSourceView, 'reviews.apartments', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(apis.reviews.getReviewsApartments).toHaveBeenCalledWith({
      from: '2026-10-22',
      to: '2026-11-20',
      page: 1,
      pageSize: 10,
      sort: '-postedAt',
    });
    expect(apis.reviews.getReviewsGoogle).not.toHaveBeenCalled();
    expect(tilesOf(page)[0].value).toBe('4.0 of 5');
  });

  it('orders and pages on the server, and starts again from the first page for new filters', async () => {
    apis.reviews.getReviewsGoogle.mockReturnValue(
      of(reviewSource([reviewRow()], { total: 30, meanResponseHours: 60 })),
    );
    const { fixture, page } = await renderView(ReviewSourceView, 'reviews.google', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(tilesOf(page)[3].value).toBe('2.5 days');

    const order = page.querySelector('select') as HTMLSelectElement;
    order.value = '-rating';
    order.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(lastGoogleQuery()).toEqual({ from: '2026-10-22', to: '2026-11-20', page: 1, pageSize: 10, sort: '-rating' });

    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();
    expect(lastGoogleQuery()).toEqual({ from: '2026-10-22', to: '2026-11-20', page: 2, pageSize: 10, sort: '-rating' });

    await TestBed.inject(Router).navigateByUrl('/dashboard?from=2026-01-01&to=2026-03-31');
    await fixture.whenStable();
    expect(lastGoogleQuery()).toEqual({ from: '2026-01-01', to: '2026-03-31', page: 1, pageSize: 10, sort: '-rating' });
    expect(order.value).toBe('-rating');
  });

  it('says so when the source has no reviews in the period', async () => {
    apis.reviews.getReviewsApartments.mockReturnValue(
      of(
        reviewSource([], { source: 'apartments', averageRating: null, responseRatePct: null, meanResponseHours: null }),
      ),
    );
    const { page } = await renderView(ReviewSourceView, 'reviews.apartments', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No Apartments.com reviews were posted in this period.',
    );
    expect(reviews(page)).toEqual([]);
  });

  it('explains a failure and tries again', async () => {
    apis.reviews.getReviewsGoogle.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await renderView(ReviewSourceView, 'reviews.google', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Google reviews could not be loaded.');

    apis.reviews.getReviewsGoogle.mockReturnValue(of(reviewSource([UNANSWERED_REVIEW])));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(reviews(page)).toHaveLength(1);
  });
});
