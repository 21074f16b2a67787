import type { CountEntityThreads$Params, EntityThreadCountsDto } from '@ownerdash/api-client';
import { of } from 'rxjs';

/** A ChatApi answering the thread counts of a table page: the given ones, zero for the others. */
export function fakeEntityThreadCounts(counts: Readonly<Record<string, number>> = {}) {
  return {
    countEntityThreads: jest.fn(({ entityType, ids }: CountEntityThreads$Params) =>
      of<EntityThreadCountsDto>({
        entityType,
        counts: ids.split(',').map((entityId) => ({ entityId, count: counts[entityId] ?? 0 })),
      }),
    ),
  };
}
