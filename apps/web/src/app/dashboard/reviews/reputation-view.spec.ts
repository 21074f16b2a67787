import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeFinancialsApis,
  fakeFinancialsApis,
  provideFakeFinancialsApis,
  reputation,
} from '../../../testing/portfolio-financials-fixtures';
import { renderView, tableRows, tilesOf } from '../../../testing/view-testing';
import { ReputationView } from './reputation-view';

describe('ReputationView', () => {
  let apis: FakeFinancialsApis;

  beforeEach(() => (apis = fakeFinancialsApis()));

  const render = () => renderView(ReputationView, 'reviews.reputation', { providers: provideFakeFinancialsApis(apis) });
  const chart = (page: HTMLElement) => page.querySelector('od-chart [role="img"]');

  it('asks for the period the date picker shows, and again for other properties', async () => {
    const { fixture } = await render();

    expect(apis.reviews.getReviewsReputation).toHaveBeenLastCalledWith({ from: '2026-10-22', to: '2026-11-20' });

    await TestBed.inject(Router).navigateByUrl('/dashboard?properties=p-parkside');
    await fixture.whenStable();
    expect(apis.reviews.getReviewsReputation).toHaveBeenLastCalledWith({
      propertyIds: ['p-parkside'],
      from: '2026-10-22',
      to: '2026-11-20',
    });
  });

  it('shows the blended score and compares the sources', async () => {
    const { page } = await render();

    expect(tilesOf(page).map(({ label, value }) => [label, value])).toEqual([
      ['Blended rating', '4.3 of 5'],
      ['Reviews', '212'],
      ['Response rate', '84.0%'],
    ]);
    expect(tableRows(page.querySelector('table'), 'tbody tr')).toEqual([
      ['Google', '150', '4.4 of 5', '70.8%'],
      ['Apartments.com', '62', '4.0 of 5', '29.2%'],
    ]);
    expect(page.querySelector('.period')?.textContent?.trim()).toBe('Reviews posted Sep 15, 2026 – Nov 20, 2026');
  });

  it('summarises the monthly rating chart in words', async () => {
    const { page } = await render();

    expect(chart(page)?.getAttribute('aria-label')).toBe(
      'Average rating by month: Sep 2026 4.2 of 5 from 12 reviews; Oct 2026 no reviews; Nov 2026 4.5 of 5 from 1 review.',
    );
  });

  it('says so when no source has reviews in the period', async () => {
    apis.reviews.getReviewsReputation.mockReturnValue(
      of(
        reputation({
          averageRating: null,
          count: 0,
          responseRatePct: null,
          sources: [
            { source: 'google', averageRating: null, count: 0 },
            { source: 'apartments', averageRating: null, count: 0 },
          ],
          trend: [],
        }),
      ),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No reviews were posted on any source in this period.',
    );
    expect(chart(page)).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    apis.reviews.getReviewsReputation.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Reputation across sites could not be loaded.');

    apis.reviews.getReviewsReputation.mockReturnValue(of(reputation()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(3);
  });
});
