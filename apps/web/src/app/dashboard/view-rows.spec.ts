import { viewRows } from './view-rows';

const view = (id: string, wide = false) => ({ id, wide });

describe('viewRows', () => {
  it('puts each wide view alone and keeps a run of narrower views together, in order', () => {
    const tiles = view('tiles', true);
    const availability = view('availability');
    const trend = view('trend');
    const comps = view('comps', true);

    expect(viewRows([tiles, availability, trend, comps])).toEqual([
      { wide: true, view: tiles },
      { wide: false, views: [availability, trend] },
      { wide: true, view: comps },
    ]);
  });

  it('ends with the run of narrower views that closes the tab', () => {
    const google = view('google');
    const apartments = view('apartments');
    const reputation = view('reputation');

    expect(viewRows([google, apartments, reputation])).toEqual([
      { wide: false, views: [google, apartments, reputation] },
    ]);
  });

  it('has no rows for a tab without views', () => {
    expect(viewRows([])).toEqual([]);
  });
});
