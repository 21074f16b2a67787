import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom, of } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, meResponse } from '../../testing/auth-fixtures';
import { AuthApiService } from './auth-api.service';
import { PermissionGate } from './permission-gate';
import { SessionStore } from './session.store';

@Component({
  imports: [PermissionGate],
  template: `
    <p *odPermissionGate="'overview.kpi_tiles'" class="kpi">KPI tiles</p>
    <p *odPermissionGate="'financials'" class="financials">Financials</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('PermissionGate', () => {
  let api: FakeAuthApi;
  let fixture: ComponentFixture<Host>;
  let page: HTMLElement;

  beforeEach(async () => {
    api = fakeAuthApi(meResponse({ tabs: ['overview', 'financials'], views: ['overview.kpi_tiles'] }));
    TestBed.configureTestingModule({ providers: [{ provide: AuthApiService, useValue: api }] });
    await TestBed.inject(SessionStore).initialize();
    fixture = TestBed.createComponent(Host);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  const shown = () => [...page.querySelectorAll('p')].map((paragraph) => paragraph.className);

  it('renders what the permission tree shows, by view id and by tab id', () => {
    expect(shown()).toEqual(['kpi', 'financials']);
  });

  it('follows a change of permissions without a reload', async () => {
    api.me.mockReturnValue(of(meResponse({ tabs: ['overview'], views: [] })));
    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(shown()).toEqual([]);

    api.me.mockReturnValue(of(meResponse({ tabs: ['financials'], views: ['overview.kpi_tiles'] })));
    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(shown()).toEqual(['kpi', 'financials']);
  });

  it('shows nothing once the user has signed out', async () => {
    await firstValueFrom(TestBed.inject(SessionStore).signOut());
    await fixture.whenStable();

    expect(shown()).toEqual([]);
  });
});
