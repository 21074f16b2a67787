import { rowReference, unitReference, viewReference } from './share-references';

const PARKSIDE = { id: 'p-1', slug: 'parkside', name: 'Parkside' };
const THE_OAKS = { id: 'p-2', slug: 'the-oaks', name: 'The Oaks' };
const PROPERTIES = [PARKSIDE, THE_OAKS];
const RANGE = { from: '2026-02-01', to: '2026-02-28' };

describe('share references', () => {
  it('names a card of the one property picked by its slug, with the dashboard’s filters as its state', () => {
    expect(viewReference('overview.occ_trend', ['p-2'], PROPERTIES, RANGE)).toEqual({
      reference: {
        type: 'chart',
        id: 'the-oaks:overview.occ_trend',
        state: { propertyIds: ['p-2'], from: '2026-02-01', to: '2026-02-28', asOf: '2026-02-28' },
      },
      scopeName: 'The Oaks',
    });
  });

  it('names a card of several or no properties as the portfolio’s, keeping the properties picked', () => {
    expect(viewReference('delinquency.summary', ['p-1', 'p-2'], PROPERTIES, null)).toEqual({
      reference: { type: 'chart', id: 'portfolio:delinquency.summary', state: { propertyIds: ['p-1', 'p-2'] } },
      scopeName: '2 properties',
    });
    expect(viewReference('delinquency.summary', [], PROPERTIES, null)).toEqual({
      reference: { type: 'chart', id: 'portfolio:delinquency.summary', state: {} },
      scopeName: 'your portfolio',
    });
  });

  it('names a row by its property, view and key, and a unit by its number', () => {
    expect(rowReference('delinquency.ar_table', PARKSIDE, '204', RANGE)).toEqual({
      type: 'table_row',
      id: 'parkside:delinquency.ar_table:204',
      state: { propertyIds: ['p-1'], from: '2026-02-01', to: '2026-02-28', asOf: '2026-02-28' },
    });
    expect(unitReference(THE_OAKS, 'B-12')).toEqual({
      type: 'unit',
      id: 'the-oaks:B-12',
      state: { propertyIds: ['p-2'] },
    });
  });
});
