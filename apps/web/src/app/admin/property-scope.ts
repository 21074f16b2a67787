/**
 * Which properties someone may see: all of the organization's, only the chosen ones, or (for a
 * preset) whatever the user had before.
 */
export type ScopeMode = 'all' | 'chosen' | 'unchanged';

export interface ScopeChoice {
  readonly mode: ScopeMode;
  readonly propertyIds: readonly string[];
}

export const ALL_PROPERTIES: ScopeChoice = { mode: 'all', propertyIds: [] };

/** The choice an API property list stands for: empty is every property, null leaves the scope alone. */
export function scopeFromIds(propertyIds: readonly string[] | null): ScopeChoice {
  if (propertyIds === null) {
    return { mode: 'unchanged', propertyIds: [] };
  }
  return propertyIds.length === 0 ? ALL_PROPERTIES : { mode: 'chosen', propertyIds: [...propertyIds].sort() };
}

/** The property list to send for a choice, in the API's terms. */
export function scopeToIds(choice: ScopeChoice): string[] | null {
  switch (choice.mode) {
    case 'unchanged':
      return null;
    case 'all':
      return [];
    case 'chosen':
      return [...choice.propertyIds];
  }
}

/** "Only these properties" with none chosen would silently mean all of them to the API. */
export function scopeIsComplete(choice: ScopeChoice): boolean {
  return choice.mode !== 'chosen' || choice.propertyIds.length > 0;
}

export function sameScope(a: ScopeChoice, b: ScopeChoice): boolean {
  const ids = (choice: ScopeChoice) => (choice.mode === 'chosen' ? [...choice.propertyIds].sort().join() : '');
  return a.mode === b.mode && ids(a) === ids(b);
}

/** "All properties", "Parkside", "3 properties", "Leave unchanged". */
export function describeScope(choice: ScopeChoice, names: ReadonlyMap<string, string>): string {
  switch (choice.mode) {
    case 'unchanged':
      return 'Property access left unchanged';
    case 'all':
      return 'All properties';
    case 'chosen':
      return choice.propertyIds.length === 1
        ? (names.get(choice.propertyIds[0]) ?? '1 property')
        : `${choice.propertyIds.length} properties`;
  }
}
