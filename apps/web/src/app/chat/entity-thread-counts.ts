import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ChatApi } from '@ownerdash/api-client';
import type { ChatEntityType } from '@ownerdash/contracts';
import { map, of } from 'rxjs';

/** The threads the user may read about each entity of a table page; reload after starting one. */
export interface EntityThreadCounts {
  /** The count of an entity of the page; undefined until loaded (or when it failed). */
  of(entityId: string): number | undefined;
  reload(): void;
}

/**
 * One request per table page (`GET /api/chat/entity-threads/counts`) for the ids the page shows.
 * Call in an injection context, as a field of the table's component.
 */
export function entityThreadCounts(entityType: ChatEntityType, ids: () => readonly string[]): EntityThreadCounts {
  const api = inject(ChatApi);
  const counts = rxResource({
    params: () => ({ ids: [...new Set(ids().map((id) => id.toLowerCase()))] }),
    stream: ({ params }) =>
      params.ids.length === 0
        ? of(new Map<string, number>())
        : api
            .countEntityThreads({ entityType, ids: params.ids.join(',') })
            .pipe(map((answer) => new Map(answer.counts.map((entry) => [entry.entityId, entry.count])))),
  });
  const loaded = computed(() => (counts.hasValue() ? counts.value() : null));
  return {
    of: (entityId) => loaded()?.get(entityId.toLowerCase()),
    reload: () => counts.reload(),
  };
}
