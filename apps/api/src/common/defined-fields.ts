/**
 * The fields of a partial update that were sent. A DTO instance may carry the others as own
 * properties holding undefined (class fields, depending on the compile target).
 */
export function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
