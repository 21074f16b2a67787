import { computed, linkedSignal, type Signal } from '@angular/core';
import { rxResource, type RxResourceOptions } from '@angular/core/rxjs-interop';
import type { ViewData } from './view-card';

export interface ViewResource<T> extends ViewData {
  /** The data shown: the last answer, kept while the next one loads. */
  readonly value: Signal<T>;
}

/**
 * The data of one dashboard view, loaded again whenever its filters change. A bare `rxResource`
 * forgets its value when its params change, so the card would fall back to its skeleton and a
 * table would lose the focus of the sort header or paginator the user just pressed; this keeps
 * the last answer on screen, under the card's progress bar, until the next one arrives.
 */
export function viewResource<T, P>(options: RxResourceOptions<T, P>): ViewResource<T> {
  const resource = rxResource(options);
  const shown = linkedSignal<{ value: T | undefined; loading: boolean }, T | undefined>({
    source: () => ({ value: resource.hasValue() ? resource.value() : undefined, loading: resource.isLoading() }),
    // A failure or an idle resource clears what was shown; only loading keeps it.
    computation: (current, previous) => current.value ?? (current.loading ? previous?.value : undefined),
  });
  return {
    value: computed(() => shown() as T),
    hasValue: () => shown() !== undefined,
    isLoading: resource.isLoading,
    error: resource.error,
    reload: () => resource.reload(),
  };
}
