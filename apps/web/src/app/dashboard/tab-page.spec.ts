import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type { ViewId } from '@ownerdash/contracts';
import { fakeAuthApi, meResponse } from '../../testing/auth-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { TabPage } from './tab-page';

describe('TabPage', () => {
  let fixture: ComponentFixture<TabPage>;
  let page: HTMLElement;

  async function render(tabId: string, views: readonly ViewId[]): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        { provide: AuthApiService, useValue: fakeAuthApi(meResponse({ tabs: ['overview', 'risk'], views })) },
      ],
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

  it('says so when none of the tab’s views are shared with the user', async () => {
    await render('risk', ['overview.kpi_tiles']);

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('No Risk views are shared with you');
    expect(viewLabels()).toEqual([]);
  });
});
