import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { fakeAuthApi, meResponse } from '../../testing/auth-fixtures';
import { providePortfolioApis } from '../../testing/portfolio-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { TODAY } from './date-range';
import { DateRangePicker } from './date-range-picker';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('DateRangePicker', () => {
  let fixture: ComponentFixture<DateRangePicker>;
  let router: Router;

  async function render(url = '/dashboard/overview'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: EmptyPage }]),
        { provide: AuthApiService, useValue: fakeAuthApi(meResponse()) },
        providePortfolioApis(),
        { provide: TODAY, useValue: () => new Date(2026, 10, 22) },
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(DateRangePicker);
    await fixture.whenStable();
  }

  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const settle = () => TestBed.inject(ApplicationRef).whenStable();
  const dateField = (name: 'from' | 'to') =>
    loader().getHarness(MatInputHarness.with({ selector: `[name="${name}"]` }));

  it('shows the last 30 days until the user picks a period', async () => {
    await render();

    const period = await loader().getHarness(MatSelectHarness);
    expect(await period.getValueText()).toBe('Last 30 days');
    expect(await (await dateField('from')).getValue()).toBe('2026-10-24');
    expect(await (await dateField('to')).getValue()).toBe('2026-11-22');
    expect(await (await dateField('from')).getType()).toBe('date');
  });

  it('puts a preset into the URL, and the default takes the dates out again', async () => {
    await render();
    const period = await loader().getHarness(MatSelectHarness);

    await period.clickOptions({ text: 'Last 90 days' });
    await settle();
    expect(router.url).toBe('/dashboard/overview?from=2026-08-25&to=2026-11-22');

    await period.clickOptions({ text: 'Last 30 days' });
    await settle();
    expect(router.url).toBe('/dashboard/overview');
  });

  it('applies a range typed into the date fields', async () => {
    await render();
    await (await dateField('from')).setValue('2026-01-01');
    await (await dateField('to')).setValue('2026-03-31');
    await settle();

    expect(router.url).toBe('/dashboard/overview?from=2026-01-01&to=2026-03-31');
    expect(await (await loader().getHarness(MatSelectHarness)).getValueText()).toBe('Custom range');
    expect(await (await dateField('to')).getValue()).toBe('2026-03-31');
  });

  it('says so, and applies nothing, when the start comes after the end', async () => {
    await render();

    await (await dateField('from')).setValue('2026-12-01');
    await settle();

    expect(router.url).toBe('/dashboard/overview');
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain(
      'The start date must not be after the end date.',
    );

    await (await dateField('from')).setValue('2026-11-01');
    await settle();
    expect(router.url).toBe('/dashboard/overview?from=2026-11-01&to=2026-11-22');
    expect(fixture.nativeElement.querySelector('[role="alert"]')).toBeNull();
  });
});
