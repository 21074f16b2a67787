import { kpiShareScope } from './kpi-share-scope';

const PROPERTIES = [
  { id: 'p-1', slug: 'parkside', name: 'Parkside' },
  { id: 'p-2', slug: 'the-oaks', name: 'The Oaks' },
];
const RANGE = { from: '2026-02-01', to: '2026-02-28' };

describe('kpiShareScope', () => {
  it('names the whole portfolio when no property is picked', () => {
    expect(kpiShareScope([], PROPERTIES, RANGE)).toEqual({
      scopeId: 'portfolio',
      scopeName: 'your portfolio',
      state: { from: '2026-02-01', to: '2026-02-28' },
    });
  });

  it('names the one property picked by its slug, keeping the pick in the state', () => {
    expect(kpiShareScope(['p-2'], PROPERTIES, null)).toEqual({
      scopeId: 'the-oaks',
      scopeName: 'The Oaks',
      state: { propertyIds: ['p-2'] },
    });
  });

  it('has no reference id for several properties, or one not in the list yet', () => {
    expect(kpiShareScope(['p-1', 'p-2'], PROPERTIES, null).scopeId).toBeNull();
    expect(kpiShareScope(['p-9'], PROPERTIES, null).scopeId).toBeNull();
  });
});
