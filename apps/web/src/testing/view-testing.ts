import { ChangeDetectionStrategy, Component, type Provider, type Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { ChatApi, PortfolioApi } from '@ownerdash/api-client';
import { type ViewId, VIEWS } from '@ownerdash/contracts';
import { AuthApiService } from '../app/auth/auth-api.service';
import { SessionStore } from '../app/auth/session.store';
import { TODAY } from '../app/dashboard/date-range';
import { fakeAuthApi, meResponse } from './auth-fixtures';
import { provideInertCharts } from './chart-testing';
import { fakeEntityThreadCounts } from './chat-fixtures';
import { fakePortfolioApis } from './portfolio-fixtures';

/** The day view tests run on unless they say otherwise: the default 30-day range is Oct 22 – Nov 20, 2026. */
export const TEST_TODAY = new Date(2026, 10, 20);

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

export interface ViewRenderOptions {
  /** The fakes of the portfolio APIs the view calls. */
  readonly providers?: Provider[];
  /** Where the router stands: its query holds the dashboard filters. */
  readonly url?: string;
  readonly today?: Date;
  /** Wait for the data; without it the test sees the view while it loads. */
  readonly settle?: boolean;
}

export interface RenderedView<T> {
  readonly fixture: ComponentFixture<T>;
  readonly page: HTMLElement;
}

/** Renders one dashboard view as its tab would: for a signed-in user, with charts that mount without drawing. */
export async function renderView<T>(
  component: Type<T>,
  viewId: ViewId,
  { providers = [], url = '/dashboard', today = TEST_TODAY, settle = true }: ViewRenderOptions = {},
): Promise<RenderedView<T>> {
  TestBed.configureTestingModule({
    imports: [MatIconTestingModule],
    providers: [
      provideRouter([{ path: '**', component: EmptyPage }]),
      { provide: AuthApiService, useValue: fakeAuthApi(meResponse()) },
      { provide: PortfolioApi, useValue: fakePortfolioApis().portfolio },
      // Tables with threads per row ask for their counts; a test of those provides its own.
      { provide: ChatApi, useValue: fakeEntityThreadCounts() },
      { provide: TODAY, useValue: () => today },
      provideInertCharts(),
      ...providers,
    ],
  });
  await TestBed.inject(SessionStore).initialize();
  await TestBed.inject(Router).navigateByUrl(url);
  const fixture = TestBed.createComponent(component);
  fixture.componentRef.setInput(
    'view',
    VIEWS.find((view) => view.id === viewId),
  );
  if (settle) {
    await fixture.whenStable();
  } else {
    fixture.detectChanges();
  }
  return { fixture, page: fixture.nativeElement };
}

/** The text of each body row's cells (header cells of the row included), runs of white space made one. */
export function tableRows(root: ParentNode | null, selector = 'tr[mat-row]'): string[][] {
  return [...(root?.querySelectorAll(selector) ?? [])].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

/**
 * The tiles of an `od-tile-list` as the page shows them: label, value, and what stands under the
 * value — its note, or its change as shown and as said to screen readers ("+60 / Up 60 from …").
 */
export function tilesOf(root: ParentNode) {
  return [...root.querySelectorAll('.tile')].map((tile) => {
    const change = tile.querySelector('.change');
    const said = change?.querySelector('.visually-hidden');
    const shown = change?.querySelector('[aria-hidden="true"]:not(mat-icon)');
    return {
      label: tile.querySelector('.label')?.textContent?.trim(),
      value: tile.querySelector('.value')?.textContent?.trim(),
      under: said ? `${shown?.textContent?.trim()} / ${said.textContent?.trim()}` : change?.textContent?.trim(),
    };
  });
}

/** Whether each tile's change is good, bad or neutral news, as its color tells. */
export function tileTones(root: ParentNode): (string | undefined)[] {
  return [...root.querySelectorAll('.tile')].map((tile) =>
    tile.querySelector('.change')?.className.replace('change', '').trim(),
  );
}
