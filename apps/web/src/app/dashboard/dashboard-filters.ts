import { computed, inject, Injectable, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, type ParamMap, Router, UrlTree } from '@angular/router';
import { filter, map } from 'rxjs';
import { type DateRange, DEFAULT_RANGE_PRESET, fromIsoDate, presetRange, TODAY } from './date-range';
import { PortfolioProperties } from './portfolio-properties';

/** The `propertyIds` parameter every view route takes; absent means the caller's whole scope. */
export interface ViewScope {
  readonly propertyIds?: string[];
}

/** The query of the views that cover a period: their properties and days. */
export type PeriodQuery = ViewScope & DateRange;

// The filters are read from the URL on every navigation; comparing them by value keeps the views
// from loading again, and their tables from going back to page one, when the URL changes elsewhere.
const sameIds = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) =>
  a?.join(',') === b?.join(',');
const sameRange = (a: DateRange | null, b: DateRange | null) => a?.from === b?.from && a?.to === b?.to;
const sameScope = (a: ViewScope | undefined, b: ViewScope | undefined) =>
  a === b || (a !== undefined && b !== undefined && sameIds(a.propertyIds, b.propertyIds));

/**
 * What the dashboard shows: which properties and which days. The URL holds it
 * (`?properties=id,id&from=YYYY-MM-DD&to=YYYY-MM-DD`), so a link shares the same view and the
 * filters survive a reload and moving between tabs.
 */
@Injectable({ providedIn: 'root' })
export class DashboardFilters {
  private readonly router = inject(Router);
  private readonly today = inject(TODAY);
  private readonly properties = inject(PortfolioProperties);

  private readonly params = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.currentParams()),
    ),
    { initialValue: this.currentParams() },
  );

  /** The properties picked, or null for all the caller may see. */
  readonly propertyIds = computed<readonly string[] | null>(
    () => {
      const ids = (this.params().get('properties') ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      return ids.length > 0 ? [...new Set(ids)] : null;
    },
    { equal: sameIds },
  );

  /** The range the user picked, or null while the default applies. */
  readonly chosenRange = computed<DateRange | null>(
    () => {
      const from = this.params().get('from');
      const to = this.params().get('to');
      const start = fromIsoDate(from);
      const end = fromIsoDate(to);
      return from && to && start && end && start <= end ? { from, to } : null;
    },
    { equal: sameRange },
  );

  readonly range = computed<DateRange>(() => this.chosenRange() ?? presetRange(DEFAULT_RANGE_PRESET, this.today()), {
    equal: sameRange,
  });

  /**
   * The property part of every view request, or undefined while it cannot be sent yet: a picked
   * subset waits for the caller's properties, so ids from a link that are outside the caller's
   * scope are dropped instead of failing every view with 403.
   */
  readonly viewScope = computed<ViewScope | undefined>(
    () => {
      const picked = this.propertyIds();
      if (!picked) {
        return {};
      }
      const list = this.properties.list;
      if (!list.hasValue()) {
        // Without the list the API is left to judge the ids; it refuses those outside the scope.
        return list.error() ? { propertyIds: [...picked] } : undefined;
      }
      const known = picked.filter((id) => list.value().some((property) => property.id === id));
      return known.length > 0 ? { propertyIds: known } : {};
    },
    { equal: sameScope },
  );

  /** The query of a view over the chosen days, or undefined while its properties cannot be sent yet. */
  readonly periodQuery = computed<PeriodQuery | undefined>(() => {
    const scope = this.viewScope();
    return scope && { ...scope, ...this.range() };
  });

  /** Shows the given properties, or all of them for null or an empty list. */
  selectProperties(ids: readonly string[] | null): void {
    this.update({ properties: ids && ids.length > 0 ? ids.join(',') : null });
  }

  /** Shows the given days, or the default range for null. */
  selectRange(range: DateRange | null): void {
    this.update({ from: range?.from ?? null, to: range?.to ?? null });
  }

  private update(changes: Record<string, string | null>): void {
    // Builds on a navigation still under way, so two quick changes (properties, then dates) both land.
    const base =
      untracked(() => this.router.currentNavigation()?.extractedUrl) ?? this.router.parseUrl(this.router.url);
    const queryParams = Object.fromEntries(
      Object.entries({ ...base.queryParams, ...changes }).filter(([, value]) => value !== null),
    );
    void this.router.navigateByUrl(new UrlTree(base.root, queryParams, base.fragment));
  }

  private currentParams(): ParamMap {
    return this.router.parseUrl(this.router.url).queryParamMap;
  }
}
