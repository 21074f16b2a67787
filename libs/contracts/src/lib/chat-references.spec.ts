import { headlineOf, parseReference } from './chat-references';

describe('parseReference', () => {
  it('takes each type’s id apart', () => {
    expect(parseReference('property', 'parkside')).toEqual({
      ok: true,
      reference: { type: 'property', property: 'parkside' },
    });
    expect(parseReference('kpi', 'parkside:occupancy_pct')).toEqual({
      ok: true,
      reference: { type: 'kpi', property: 'parkside', metric: 'occupancy_pct' },
    });
    expect(parseReference('kpi', 'portfolio:leased_pct')).toEqual({
      ok: true,
      reference: { type: 'kpi', property: null, metric: 'leased_pct' },
    });
    expect(parseReference('unit', 'the-oaks:B-204')).toEqual({
      ok: true,
      reference: { type: 'unit', property: 'the-oaks', unit: 'B-204' },
    });
    expect(parseReference('chart', 'portfolio:overview.occ_trend')).toEqual({
      ok: true,
      reference: { type: 'chart', property: null, view: 'overview.occ_trend' },
    });
    expect(parseReference('table_row', 'parkside:delinquency.ar_table:312')).toEqual({
      ok: true,
      reference: { type: 'table_row', property: 'parkside', view: 'delinquency.ar_table', row: '312' },
    });
    expect(parseReference('watchpoint', 'parkside:occ_below_90')).toEqual({
      ok: true,
      reference: { type: 'watchpoint', property: 'parkside', watchpoint: 'occ_below_90' },
    });
  });

  it('names the type’s grammar when an id does not follow it', () => {
    const refused: [string, string, string][] = [
      ['document', 'x', 'reference type must be one of property, kpi, unit, chart, table_row, watchpoint'],
      ['property', 'Parkside', 'a property reference id is <property> (got "Parkside")'],
      ['property', 'parkside:extra', 'a property reference id is <property> (got "parkside:extra")'],
      ['kpi', 'parkside:revenue', 'a kpi reference id is <property|portfolio>:<metric> (got "parkside:revenue")'],
      ['unit', 'parkside', 'a unit reference id is <property>:<unit> (got "parkside")'],
      [
        'chart',
        'parkside:overview.nothing',
        'a chart reference id is <property|portfolio>:<view> (got "parkside:overview.nothing")',
      ],
      [
        'table_row',
        'parkside:overview.kpi_tiles:1',
        'a table_row reference id is <property>:<view>:<row> (got "parkside:overview.kpi_tiles:1")',
      ],
      ['unit', 'parkside:<script>', 'a unit reference id is <property>:<unit> (got "parkside:<script>")'],
    ];
    for (const [type, id, problem] of refused) {
      expect({ type, id, parse: parseReference(type, id) }).toEqual({ type, id, parse: { ok: false, problem } });
    }
    expect(parseReference('property', '')).toEqual({
      ok: false,
      problem: 'a property reference id is <property>, at most 200 characters',
    });
    expect(parseReference('unit', `parkside:${'1'.repeat(300)}`).ok).toBe(false);
  });
});

describe('headlineOf', () => {
  const times = { asOf: '2026-11-30', takenAt: '2026-12-01T12:00:00.000Z' };

  it('picks the figure each type’s card compares then and now', () => {
    expect(
      headlineOf('kpi', {
        ...times,
        metric: 'occupancy_pct',
        label: 'Occupancy',
        value: 92.7,
        unitOfMeasure: '%',
        change30d: null,
      }),
    ).toEqual({ label: 'Occupancy', value: 92.7, unitOfMeasure: '%' });
    expect(
      headlineOf('property', {
        ...times,
        name: 'P',
        city: null,
        state: null,
        units: 3,
        occupancyPct: 90,
        leasedPct: 91,
      }),
    ).toEqual({ label: 'Occupancy', value: 90, unitOfMeasure: '%' });
    expect(
      headlineOf('chart', {
        ...times,
        view: 'delinquency.summary',
        title: 'Arrears by age',
        period: null,
        figures: [{ key: 'totalBalance', label: 'Owed', value: 120, unitOfMeasure: 'usd' }],
        series: null,
      }),
    ).toEqual({ label: 'Owed', value: 120, unitOfMeasure: 'usd' });
    expect(
      headlineOf('table_row', {
        ...times,
        view: 'delinquency.ar_table',
        title: 'Who owes what',
        propertyName: 'P',
        unitNumber: '1',
        status: '0-30',
        date: null,
        figures: [],
      }),
    ).toBeNull();
  });
});
