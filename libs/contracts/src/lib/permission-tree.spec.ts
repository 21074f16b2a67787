import { VIEWS } from './permission-registry';
import { visibleItems } from './permission-tree';

describe('visibleItems', () => {
  it('shows everything by default', () => {
    const visible = visibleItems({ tabs: {}, views: {} });
    expect(visible.tabs).toHaveLength(8);
    expect(visible.views).toHaveLength(VIEWS.length);
  });

  it('hides a switched-off view only', () => {
    const visible = visibleItems({ tabs: {}, views: { 'overview.unit_mix': false } });
    expect(visible.views).not.toContain('overview.unit_mix');
    expect(visible.views).toContain('overview.kpi_tiles');
  });

  it('hides every view of a hidden tab, whatever their own setting', () => {
    const visible = visibleItems({ tabs: { financials: false }, views: { 'financials.pnl': true } });
    expect(visible.tabs).not.toContain('financials');
    expect(visible.views.filter((view) => view.startsWith('financials.'))).toEqual([]);
  });

  it('brings a tab back with its views as they were set', () => {
    const visible = visibleItems({ tabs: { overview: true }, views: { 'overview.trade_outs': false } });
    expect(visible.views).toContain('overview.kpi_tiles');
    expect(visible.views).not.toContain('overview.trade_outs');
  });
});
