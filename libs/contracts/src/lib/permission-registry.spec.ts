import { isTabId, isViewId, TAB_IDS, tabOfView, TABS, VIEWS, viewsOfTab } from './permission-registry';

describe('permission registry', () => {
  it('lists the eight dashboard tabs in navigation order', () => {
    expect(TABS.map((tab) => tab.id)).toEqual([...TAB_IDS]);
    expect(TAB_IDS).toHaveLength(8);
  });

  it('gives every view a unique id prefixed by its tab', () => {
    const ids = VIEWS.map((view) => view.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const view of VIEWS) {
      expect(view.id.startsWith(`${view.tab}.`)).toBe(true);
      expect(view.label.length).toBeGreaterThan(0);
    }
  });

  it('names each view once, by what it shows rather than by the kind of widget', () => {
    const labels = VIEWS.map((view) => view.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) {
      expect(label).not.toMatch(/\b(Tiles?|Table|Chart|Summary|Details|Drill-Through|Overview|KPIs?)\b/);
    }
  });

  it('holds the 29 views of the plan, each tab having at least one', () => {
    expect(VIEWS).toHaveLength(29);
    for (const tab of TAB_IDS) {
      expect(viewsOfTab(tab).length).toBeGreaterThan(0);
    }
  });

  it('tells known ids from unknown ones', () => {
    expect(isTabId('financials')).toBe(true);
    expect(isTabId('admin')).toBe(false);
    expect(isViewId('delinquency.ar_table')).toBe(true);
    expect(isViewId('delinquency.nope')).toBe(false);
    expect(tabOfView('delinquency.ar_table')).toBe('delinquency');
  });
});
