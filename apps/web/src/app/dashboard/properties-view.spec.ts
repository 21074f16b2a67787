import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { fakeAuthApi, httpError, meResponse } from '../../testing/auth-fixtures';
import { provideInertCharts } from '../../testing/chart-testing';
import {
  type FakePortfolioApis,
  fakePortfolioApis,
  portfolioProperty,
  providePortfolioApis,
} from '../../testing/portfolio-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { Chart } from './chart';
import { PropertiesView } from './properties-view';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('PropertiesView', () => {
  let fixture: ComponentFixture<PropertiesView>;
  let page: HTMLElement;
  let apis: FakePortfolioApis;

  async function render(url = '/dashboard/overview'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter([{ path: '**', component: EmptyPage }]),
        { provide: AuthApiService, useValue: fakeAuthApi(meResponse()) },
        providePortfolioApis(apis),
        provideInertCharts(),
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(PropertiesView);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  beforeEach(() => (apis = fakePortfolioApis()));

  /** Each cell's text; a cell of stacked lines (name over place) reads them with a space between. */
  const rows = () =>
    [...page.querySelectorAll('tr[mat-row]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => {
        const lines = [...cell.querySelectorAll('span')];
        return (lines.length > 0 ? lines : [cell]).map((line) => line.textContent?.trim()).join(' ');
      }),
    );
  const chart = () => page.querySelector('[role="img"]');

  it('lists the caller’s properties with their latest numbers', async () => {
    await render();

    expect(rows()).toEqual([
      ['Harbor View Austin, TX', '240', '94.2%', '96.1%', '$18,250', '7'],
      ['Maple Court Dallas, TX', '240', '91.5%', '96.1%', '$18,250', '7'],
      ['Parkside', '240', '94.2%', '96.1%', '$18,250', '7'],
    ]);
  });

  it('summarises the occupancy chart in words', async () => {
    await render();

    expect(chart()?.getAttribute('aria-label')).toBe(
      'Occupancy by property: Harbor View 94.2%, Maple Court 91.5%, Parkside 94.2%.',
    );
  });

  it('keeps to the picked properties', async () => {
    await render('/dashboard/overview?properties=p-maple');

    expect(rows().map((row) => row[0])).toEqual(['Maple Court Dallas, TX']);
    expect(chart()?.getAttribute('aria-label')).toBe('Occupancy by property: Maple Court 91.5%.');
  });

  it('scales the occupancy axis to the figures, so bars a few points apart look different', async () => {
    await render();

    // The lowest occupancy, 91.5 %, less 2 points is 89.5, rounded down to 85.
    const yAxis = (fixture.debugElement.query(By.directive(Chart)).componentInstance as Chart).options()['yAxis'];
    expect(yAxis).toMatchObject({ min: 85, max: 100 });
  });

  it('names a few properties side by side under the bars, and slants the names of many', async () => {
    const xAxisLabel = () =>
      (fixture.debugElement.query(By.directive(Chart)).componentInstance as Chart).options()['xAxis'];

    await render();
    expect(xAxisLabel()).toMatchObject({ axisLabel: { interval: 0 } });

    TestBed.resetTestingModule();
    apis.portfolio.listPortfolioProperties.mockReturnValue(
      of({
        items: Array.from({ length: 7 }, (_, index) =>
          portfolioProperty({ id: `p-${index}`, name: `Property ${index}` }),
        ),
      }),
    );
    await render();
    expect(xAxisLabel()).toMatchObject({ axisLabel: { rotate: 30 } });
  });

  it('charts the lowest occupancy of a large portfolio, and pages its list ten at a time', async () => {
    const many = Array.from({ length: 14 }, (_, index) =>
      portfolioProperty({
        id: `p-${index}`,
        name: `Property ${index + 1}`,
        // A property without a figure is not "lowest": it is left out of the chart.
        occupancyPct: index === 0 ? null : 99 - index,
        city: null,
      }),
    );
    apis.portfolio.listPortfolioProperties.mockReturnValue(of({ items: many }));
    await render();

    expect(page.querySelector('.chart-note')?.textContent?.trim()).toBe(
      'The 12 properties with the lowest occupancy, of 14.',
    );
    expect(chart()?.getAttribute('aria-label')).toMatch(
      /^Lowest occupancy, 12 of 14 properties: Property 14 86\.0%, Property 13 87\.0%, .*, Property 3 97\.0%\.$/,
    );
    expect(rows().map((row) => row[0])).toEqual(many.slice(0, 10).map((property) => property.name));
    expect(page.querySelector('mat-paginator')?.textContent).toContain('1 – 10 of 14');

    page.querySelector<HTMLElement>('button[aria-label="Next page"]')?.click();
    await fixture.whenStable();
    expect(rows().map((row) => row[0])).toEqual(['Property 11', 'Property 12', 'Property 13', 'Property 14']);
  });

  it('shows a short list whole, without a paginator', async () => {
    await render();

    expect(page.querySelector('mat-paginator')).toBeNull();
    expect(page.querySelector('.chart-note')).toBeNull();
  });

  it('explains a failure', async () => {
    apis.portfolio.listPortfolioProperties.mockReturnValue(throwError(() => httpError(503)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Properties could not be loaded.');
  });
});
