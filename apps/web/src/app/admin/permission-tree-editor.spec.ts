import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { type TabId, VIEW_IDS, type ViewId, viewsOfTab } from '@ownerdash/contracts';
import { completeTree, type PermissionTree } from './permission-tree';
import { PermissionTreeEditor } from './permission-tree-editor';

@Component({
  imports: [PermissionTreeEditor],
  template: `<od-permission-tree-editor [tree]="tree()" [forAdmin]="forAdmin()" (treeChange)="changed($event)" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly tree = signal(completeTree());
  readonly forAdmin = signal(false);
  readonly emitted: PermissionTree[] = [];

  changed(tree: PermissionTree): void {
    this.emitted.push(tree);
    this.tree.set(tree);
  }
}

describe('PermissionTreeEditor', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;
  let page: HTMLElement;

  async function render(tree: PermissionTree = completeTree()): Promise<void> {
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    host.tree.set(tree);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  const tabBox = (tab: TabId) => page.querySelector(`mat-checkbox[data-tab="${tab}"] input`) as HTMLInputElement;
  const viewBox = (view: ViewId) => page.querySelector(`mat-checkbox[data-view="${view}"] input`) as HTMLInputElement;
  const financialViews = viewsOfTab('financials').map((view) => view.id);

  async function click(box: HTMLInputElement): Promise<void> {
    box.click();
    await fixture.whenStable();
  }

  it('draws every tab with its views beneath it', async () => {
    await render();

    const groups = [...page.querySelectorAll('ul.views')].map((list) => list.getAttribute('aria-label'));
    expect(groups).toEqual([
      'Overview views',
      'Leasing views',
      'Renewals views',
      'Delinquency views',
      'Financials views',
      'Reviews views',
      'Risk views',
      'Maintenance views',
    ]);
    expect(page.querySelectorAll('mat-checkbox[data-view]')).toHaveLength(VIEW_IDS.length);
    expect(page.querySelector('.summary')?.textContent?.trim()).toBe('Sees 8 of 8 tabs, 29 of 29 views');
  });

  it('checks a tab whose views are all on, and shows a tab with some views off as indeterminate', async () => {
    await render(completeTree({ views: { 'overview.unit_mix': false } }));

    expect(tabBox('leasing').checked).toBe(true);
    expect(tabBox('leasing').indeterminate).toBe(false);
    expect(tabBox('overview').checked).toBe(false);
    expect(tabBox('overview').indeterminate).toBe(true);
  });

  it('greys out the views of an unchecked tab but keeps their settings, and brings them back as they were', async () => {
    await render(completeTree({ views: { 'financials.pnl': false } }));
    expect(tabBox('financials').indeterminate).toBe(true);

    await click(tabBox('financials'));

    expect(tabBox('financials').checked).toBe(false);
    expect(tabBox('financials').indeterminate).toBe(false);
    expect(financialViews.map((view) => viewBox(view).disabled)).toEqual([true, true, true]);
    expect(financialViews.map((view) => viewBox(view).checked)).toEqual([false, true, true]);
    expect(host.tree().tabs.financials).toBe(false);
    expect(host.tree().views['financials.pnl']).toBe(false);
    expect(page.querySelector('.summary')?.textContent?.trim()).toBe('Sees 7 of 8 tabs, 26 of 29 views');

    await click(tabBox('financials'));

    expect(tabBox('financials').indeterminate).toBe(true);
    expect(financialViews.map((view) => viewBox(view).disabled)).toEqual([false, false, false]);
    expect(financialViews.map((view) => viewBox(view).checked)).toEqual([false, true, true]);
  });

  it('checks the tab box again once its last view off is switched on', async () => {
    await render(completeTree({ views: { 'risk.churn': false } }));

    await click(viewBox('risk.churn'));

    expect(tabBox('risk').checked).toBe(true);
    expect(tabBox('risk').indeterminate).toBe(false);
  });

  it('emits the whole tree, every tab and view, on each change', async () => {
    await render();

    await click(viewBox('overview.kpi_tiles'));
    await click(tabBox('maintenance'));

    expect(host.emitted).toHaveLength(2);
    const last = host.emitted[1];
    expect(Object.keys(last.tabs)).toHaveLength(8);
    expect(Object.keys(last.views)).toHaveLength(VIEW_IDS.length);
    expect(last.tabs.maintenance).toBe(false);
    expect(last.views['overview.kpi_tiles']).toBe(false);
    expect(last.views['maintenance.summary']).toBe(true);
  });

  it('shows an administrator’s tree read-only and says why', async () => {
    await render(completeTree({ tabs: { financials: false } }));
    host.forAdmin.set(true);
    await fixture.whenStable();

    expect([...page.querySelectorAll<HTMLInputElement>('mat-checkbox input')].every((box) => box.disabled)).toBe(true);
    expect(page.textContent).toContain('Administrators see every tab and view');
    expect(page.querySelector('.summary')?.textContent?.trim()).toBe(
      'Sees all 8 tabs and 29 views (administrators see everything)',
    );
  });
});
