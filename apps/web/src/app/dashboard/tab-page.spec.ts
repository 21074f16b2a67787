import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type { ViewId } from '@ownerdash/contracts';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { fakeAuthApi, meResponse, type FakeAuthApi } from '../../testing/auth-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { TabPage } from './tab-page';

describe('TabPage', () => {
  let fixture: ComponentFixture<TabPage>;
  let page: HTMLElement;

  let api: FakeAuthApi;

  async function render(tabId: string, views: readonly ViewId[]): Promise<void> {
    api = fakeAuthApi(meResponse({ tabs: ['overview', 'risk'], views }));
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: AuthApiService, useValue: api }],
    });
    await TestBed.inject(SessionStore).initialize();
    fixture = TestBed.createComponent(TabPage);
    fixture.componentRef.setInput('tabId', tabId);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  const viewLabels = () => [...page.querySelectorAll('.view-label')].map((label) => label.textContent?.trim());

  it('names the tab and lists the views of it the user may see', async () => {
    await render('overview', ['overview.unit_mix', 'risk.churn', 'overview.kpi_tiles']);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Overview');
    expect(page.querySelector('h2')?.textContent?.trim()).toBe('The Overview views will appear here');
    expect(viewLabels()).toEqual(['KPI Tiles', 'Unit Mix & Pricing']);
  });

  it('follows the route to another tab', async () => {
    await render('overview', ['overview.kpi_tiles', 'risk.churn']);

    fixture.componentRef.setInput('tabId', 'risk');
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Risk');
    expect(viewLabels()).toEqual(['Churn Risk']);
  });

  it('hides a view as soon as an admin switches it off', async () => {
    await render('overview', ['overview.kpi_tiles', 'overview.unit_mix']);
    api.me.mockReturnValue(of(meResponse({ tabs: ['overview', 'risk'], views: ['overview.unit_mix'] })));

    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(viewLabels()).toEqual(['Unit Mix & Pricing']);
  });

  it('leaves a tab an admin hides while it is open', async () => {
    await render('risk', ['risk.churn']);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    api.me.mockReturnValue(of(meResponse({ tabs: ['overview'], views: ['risk.churn'] })));

    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/dashboard', { replaceUrl: true });
  });

  it('says so when none of the tab’s views are shared with the user', async () => {
    await render('risk', ['overview.kpi_tiles']);

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('No Risk views are shared with you');
    expect(viewLabels()).toEqual([]);
  });
});
