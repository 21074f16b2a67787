import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeLeasingApi,
  fakeLeasingApi,
  floorplanAvail,
  floorplanRow,
  LEASING_TEST_TODAY,
  provideFakeLeasingApi,
} from '../../../testing/portfolio-leasing-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { FloorplanAvailView } from './floorplan-avail-view';

describe('FloorplanAvailView', () => {
  let fixture: ComponentFixture<FloorplanAvailView>;
  let page: HTMLElement;
  let api: FakeLeasingApi;

  async function render(): Promise<void> {
    ({ fixture } = await renderView(FloorplanAvailView, 'leasing.floorplan_avail', {
      providers: [provideFakeLeasingApi(api)],
      today: LEASING_TEST_TODAY,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => {
    api = fakeLeasingApi();
    api.getLeasingFloorplanAvail.mockReturnValue(
      of(
        floorplanAvail([
          floorplanRow(),
          floorplanRow({
            floorplan: '2 Bed / 2 Bath',
            total: 80,
            vacant: 3,
            notice: 2,
            availableToRent: 4,
            preLeased: 1,
          }),
        ]),
      ),
    );
  });

  it('shows each floorplan’s units as they stand, with the totals', async () => {
    await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Available units by floorplan');
    expect(tableRows(page)).toEqual([
      ['1 Bed / 1 Bath', '1,200', '24', '4', '10', '30', '2.5%'],
      ['2 Bed / 2 Bath', '80', '3', '1', '2', '4', '5.0%'],
    ]);
    expect(tableRows(page, 'tr[mat-footer-row]')).toEqual([['All floorplans', '1,280', '27', '5', '12', '34', '2.7%']]);
    expect([...page.querySelectorAll('th')].map((header) => header.getAttribute('scope'))).toEqual(
      Array(7).fill('col'),
    );
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Units by floorplan today: vacant, pre-leased, on notice and available to rent',
    );
  });

  it('asks for the properties picked, not the dates: availability is today’s', async () => {
    await render();
    expect(api.getLeasingFloorplanAvail).toHaveBeenLastCalledWith({});

    await TestBed.inject(Router).navigateByUrl('/?properties=p-parkside&from=2026-01-01&to=2026-01-31');
    await fixture.whenStable();
    expect(api.getLeasingFloorplanAvail).toHaveBeenLastCalledWith({ propertyIds: ['p-parkside'] });
  });

  it('explains a failure and tries again', async () => {
    api.getLeasingFloorplanAvail.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Available units by floorplan could not be loaded.',
    );

    api.getLeasingFloorplanAvail.mockReturnValue(of(floorplanAvail()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });

  it('says so when there are no units', async () => {
    api.getLeasingFloorplanAvail.mockReturnValue(of(floorplanAvail([])));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('These properties have no units yet.');
    expect(page.querySelector('table')).toBeNull();
  });
});
