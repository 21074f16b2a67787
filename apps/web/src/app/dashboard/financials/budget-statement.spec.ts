import { TestBed } from '@angular/core/testing';
import { tableRows } from '../../../testing/view-testing';
import { BudgetStatement, type StatementSection } from './budget-statement';

describe('BudgetStatement', () => {
  const sections: StatementSection[] = [
    {
      heading: 'Operating expenses',
      lines: [
        { label: 'Marketing', figures: { actual: 900.4, budget: 900, variance: 0.4, variancePct: 0 }, better: 'down' },
        { label: 'Payroll', figures: { actual: 0, budget: -0.2, variance: 0.2, variancePct: null }, better: 'down' },
      ],
      total: {
        label: 'Total',
        figures: { actual: 900.4, budget: 899.8, variance: 0.6, variancePct: 0.1 },
        better: 'down',
      },
    },
  ];

  async function render(result: StatementSection['total'] | null = null): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(BudgetStatement);
    fixture.componentRef.setInput('caption', 'Expenses against budget');
    fixture.componentRef.setInput('sections', sections);
    fixture.componentRef.setInput('result', result);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('reads a variance that rounds to nothing as on budget, and one of a dollar as a miss', async () => {
    const page = await render();

    expect(tableRows(page.querySelector('table'), 'tbody tr')).toEqual([
      ['Operating expenses'],
      ['Marketing', '$900', '$900', '$0', '0.0%', 'On budget'],
      ['Payroll', '$0', '$0', '$0', '—', 'On budget'],
      ['Total', '$900', '$900', '+$1', '+0.1%', 'Unfavorable'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Expenses against budget');
    expect([...page.querySelectorAll('thead th')].map((cell) => cell.getAttribute('scope'))).toEqual(
      Array(6).fill('col'),
    );
  });

  it('ends with the result line, in a group of its own', async () => {
    const page = await render({
      label: 'Net operating income',
      figures: { actual: 100, budget: 150, variance: -50, variancePct: -33.3 },
      better: 'up',
    });

    expect(tableRows(page.querySelector('tbody:last-of-type'), 'tbody tr')).toEqual([
      ['Net operating income', '$100', '$150', '−$50', '−33.3%', 'Unfavorable'],
    ]);
    expect(page.querySelector('tr.result .outcome')?.classList).toContain('bad');
  });
});
