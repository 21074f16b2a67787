import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { of } from 'rxjs';
import { fakeAuthApi, meResponse } from '../../testing/auth-fixtures';
import { fakePortfolioApis, portfolioProperty, providePortfolioApis } from '../../testing/portfolio-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { PropertyPicker } from './property-picker';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('PropertyPicker', () => {
  let select: MatSelectHarness;
  let router: Router;

  async function render(url = '/dashboard/overview'): Promise<void> {
    const apis = fakePortfolioApis();
    // A scoped user: the API lists only the two properties in their scope.
    apis.portfolio.listPortfolioProperties.mockReturnValue(
      of({
        items: [portfolioProperty(), portfolioProperty({ id: 'p-maple', name: 'Maple Court', slug: 'maple-court' })],
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: EmptyPage }]),
        { provide: AuthApiService, useValue: fakeAuthApi(meResponse()) },
        providePortfolioApis(apis),
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    const fixture = TestBed.createComponent(PropertyPicker);
    await fixture.whenStable();
    select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
  }

  const settle = () => TestBed.inject(ApplicationRef).whenStable();

  it('offers all properties and each of the caller’s, under a label', async () => {
    await render();

    expect(await (await select.host()).getAttribute('name')).toBe('properties');
    expect(await select.getValueText()).toBe('All properties');
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'All properties',
      'Harbor View',
      'Maple Court',
    ]);
  });

  it('puts a picked property into the URL, and "All properties" takes it out', async () => {
    await render();

    await select.open();
    await select.clickOptions({ text: 'Maple Court' });
    await settle();
    expect(router.url).toBe('/dashboard/overview?properties=p-maple');
    expect(await select.getValueText()).toBe('Maple Court');

    await select.clickOptions({ text: 'All properties' });
    await settle();
    expect(router.url).toBe('/dashboard/overview');
    expect(await select.getValueText()).toBe('All properties');
  });

  it('shows the properties of a shared link', async () => {
    await render('/dashboard/overview?properties=p-harbor,p-maple');

    expect(await select.getValueText()).toBe('2 properties');
  });
});
