import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import type { ReferenceRowView } from '@ownerdash/contracts';
import { PortfolioProperties } from '../dashboard/portfolio-properties';
import { ShareOpener } from './share-opener';
import { ShareRowButton } from './share-row-button';

async function open(view: ReferenceRowView, rowKey: string) {
  const opener = { share: jest.fn(() => Promise.resolve()) };
  const list = { value: () => [{ id: 'p-1', slug: 'parkside', name: 'Parkside' }] };
  TestBed.configureTestingModule({
    imports: [MatIconTestingModule],
    providers: [
      provideRouter([]),
      { provide: ShareOpener, useValue: opener },
      { provide: PortfolioProperties, useValue: { list } },
    ],
  });
  const fixture = TestBed.createComponent(ShareRowButton);
  fixture.componentRef.setInput('view', view);
  fixture.componentRef.setInput('propertyId', 'p-1');
  fixture.componentRef.setInput('rowKey', rowKey);
  fixture.componentRef.setInput('unitNumber', '204');
  await fixture.whenStable();
  const button = (fixture.nativeElement as HTMLElement).querySelector('button');
  button?.click();
  await TestBed.inject(ApplicationRef).whenStable();
  const items = [...document.querySelectorAll<HTMLButtonElement>('.mat-mdc-menu-panel button[mat-menu-item]')];
  return { opener, button, items };
}

describe('ShareRowButton', () => {
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove()));

  it('offers the row and its unit, named for keyboard users, and shares what is picked', async () => {
    const { opener, button, items } = await open('delinquency.ar_table', '204');

    expect(button?.getAttribute('aria-label')).toBe('Share unit 204 of Parkside to chat');
    expect(items.map((item) => item.textContent?.trim())).toEqual(['This row of Who owes what', 'Unit 204']);
    items[0]?.click();
    items[1]?.click();

    expect(opener.share).toHaveBeenNthCalledWith(
      1,
      { type: 'table_row', id: 'parkside:delinquency.ar_table:204', state: { propertyIds: ['p-1'] } },
      'Parkside · Unit 204 · Who owes what',
    );
    expect(opener.share).toHaveBeenNthCalledWith(
      2,
      { type: 'unit', id: 'parkside:204', state: { propertyIds: ['p-1'] } },
      'Parkside · Unit 204',
    );
  });

  it('offers only the row of a case, keyed by its id', async () => {
    const { items } = await open('delinquency.evictions', '6f1c9a6e-0c1d-4f7e-9c1d-2b3a4c5d6e7f');

    expect(items.map((item) => item.textContent?.trim())).toEqual(['This row of Eviction cases']);
  });
});
