import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { of } from 'rxjs';
import { ChatDrawerState } from './chat-drawer-state';
import type { KpiShareScope } from './kpi-share-scope';
import { ShareKpiMenu } from './share-kpi-menu';
import { ShareToChatDialog } from './share-to-chat-dialog';

const KPIS = [
  { metric: 'occupancy_pct', label: 'Occupancy' },
  { metric: 'vacant_units', label: 'Vacant units' },
] as const;

async function openMenu(scope: KpiShareScope, closedWith?: string) {
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(closedWith) })) };
  TestBed.configureTestingModule({
    imports: [MatIconTestingModule],
    providers: [{ provide: MatDialog, useValue: dialog }],
  });
  const fixture = TestBed.createComponent(ShareKpiMenu);
  fixture.componentRef.setInput('kpis', KPIS);
  fixture.componentRef.setInput('scope', scope);
  await fixture.whenStable();
  (fixture.nativeElement as HTMLElement).querySelector('button')?.click();
  await TestBed.inject(ApplicationRef).whenStable();
  const panel = document.querySelector('.mat-mdc-menu-panel') as HTMLElement;
  return { dialog, panel };
}

describe('ShareKpiMenu', () => {
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove()));

  it('opens the share dialog with a kpi reference of the figure picked, then the conversation', async () => {
    const scope = { scopeId: 'parkside', scopeName: 'Parkside', state: { propertyIds: ['p-1'] } };
    const { dialog, panel } = await openMenu(scope, 'c2');

    [...panel.querySelectorAll<HTMLButtonElement>('button')]
      .find((item) => item.textContent?.trim() === 'Vacant units')
      ?.click();

    expect(dialog.open).toHaveBeenCalledWith(ShareToChatDialog, {
      data: {
        reference: { type: 'kpi', id: 'parkside:vacant_units', state: { propertyIds: ['p-1'] } },
        title: 'Vacant units · Parkside',
      },
      autoFocus: 'first-tabbable',
    });
    expect(TestBed.inject(ChatDrawerState).conversationId()).toBe('c2');
  });

  it('says what to pick when the properties picked have no reference', async () => {
    const { dialog, panel } = await openMenu({ scopeId: null, scopeName: '', state: {} });

    expect(panel.textContent).toContain('Pick one property, or all of them, to share a figure.');
    expect(panel.querySelectorAll('button')).toHaveLength(0);
    expect(dialog.open).not.toHaveBeenCalled();
  });
});
