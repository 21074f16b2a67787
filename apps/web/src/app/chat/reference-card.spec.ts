import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import { ChatApi } from '@ownerdash/api-client';
import type { CurrentReferenceAnswer, MessageReference } from '@ownerdash/contracts';
import { of } from 'rxjs';
import { ReferenceCard } from './reference-card';

const TAKEN = { asOf: '2026-11-30', takenAt: '2026-12-01T12:00:00.000Z' };

const CHART: MessageReference = {
  type: 'chart',
  id: 'parkside:delinquency.summary',
  state: { propertyIds: ['p-1'], from: '2026-10-01', to: '2026-11-30' },
  label: 'Parkside · Arrears by age',
  snapshot: {
    ...TAKEN,
    view: 'delinquency.summary',
    title: 'Arrears by age',
    period: null,
    figures: [
      { key: 'totalBalance', label: 'Owed', value: 4321.5, unitOfMeasure: 'usd' },
      { key: 'delinquentUnits', label: 'Units owing', value: 1, unitOfMeasure: 'units' },
    ],
    series: {
      key: 'buckets[].balance',
      label: 'Owed by days past due',
      unitOfMeasure: 'usd',
      points: [
        { label: '0-30', value: 0 },
        { label: '31-60', value: 4321.5 },
        { label: '61-90', value: 0 },
      ],
    },
  },
};

async function render(reference: MessageReference, now: CurrentReferenceAnswer | null) {
  const api = {
    currentReferences: jest.fn(() => of({ items: now ? [{ messageId: 'm1', reference: now }] : [] })),
  };
  TestBed.configureTestingModule({
    imports: [MatIconTestingModule],
    providers: [provideRouter([]), { provide: ChatApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(ReferenceCard);
  fixture.componentRef.setInput('reference', reference);
  fixture.componentRef.setInput('messageId', 'm1');
  await fixture.whenStable();
  return { api, element: fixture.nativeElement as HTMLElement };
}

describe('ReferenceCard', () => {
  it('shows a chart’s figures then and now with the change, its mini chart, and links to its tab with the state', async () => {
    const now = {
      ...CHART,
      snapshot: {
        ...CHART.snapshot,
        figures: [{ ...(CHART as { snapshot: { figures: object[] } }).snapshot.figures[0], value: 5000 }],
      },
    };
    const { api, element } = await render(CHART, now as CurrentReferenceAnswer);

    expect(api.currentReferences).toHaveBeenCalledWith({ body: { messageIds: ['m1'] } });
    expect(element.querySelector('.label')?.textContent).toBe('Parkside · Arrears by age');
    expect(element.querySelector('.value')?.textContent).toBe('Owed: $4,322');
    expect(element.querySelector('.detail')?.textContent).toBe('Units owing 1');
    expect(element.querySelector('.now')?.textContent).toBe('Owed now: $4,322 → $5,000, +$679 since shared');
    expect(element.querySelector('od-sparkline path')?.getAttribute('d')).toBe('M2.0 30.0L60.0 2.0L118.0 30.0');
    expect(element.querySelector('a.card')?.getAttribute('href')).toBe(
      '/dashboard/delinquency?properties=p-1&from=2026-10-01&to=2026-11-30',
    );
  });

  it('says when the row shared is no longer listed, and links a row to its view’s tab', async () => {
    const row: MessageReference = {
      type: 'table_row',
      id: 'parkside:renewals.drillthrough:204',
      state: { propertyIds: ['p-1'] },
      label: 'Parkside · Unit 204 · Leases ending soon',
      snapshot: {
        ...TAKEN,
        view: 'renewals.drillthrough',
        title: 'Leases ending soon',
        propertyName: 'Parkside',
        unitNumber: '204',
        status: 'pending',
        date: '2027-01-10',
        figures: [{ key: 'currentRent', label: 'Rent', value: 1650, unitOfMeasure: 'usd' }],
      },
    };
    const { element } = await render(row, { type: 'table_row', id: row.id, missing: true });

    expect(element.querySelector('.value')?.textContent).toBe('Rent: $1,650');
    expect(element.querySelector('.now')?.textContent).toBe('Now: no longer listed');
    expect(element.querySelector('a.card')?.getAttribute('href')).toBe('/dashboard/renewals?properties=p-1');
  });

  it('asks nothing for a restricted reference and says the reader may not see it', async () => {
    const { api, element } = await render({ type: 'chart', restricted: true }, null);

    expect(element.textContent?.trim()).toBe("You don't have access to this item");
    expect(api.currentReferences).not.toHaveBeenCalled();
  });
});
