import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { formatCurrency, formatPercent, formatSigned } from '../format';
import type { Better } from '../kpi-tile';
import { type BudgetFigures, formatDollars, type Outcome, outcomeOf } from './budget-variance';

/** One line of a statement: an account, a subtotal or NOI. */
export interface StatementLine {
  readonly label: string;
  readonly figures: BudgetFigures;
  /** Which way of a variance is good news: up for income and NOI, down for expense. */
  readonly better: Better;
}

/** A group of accounts with its subtotal. */
export interface StatementSection {
  readonly heading?: string;
  readonly lines: readonly StatementLine[];
  readonly total: StatementLine;
}

interface StatementRow {
  readonly label: string;
  readonly kind: 'line' | 'total' | 'result';
  readonly actual: string;
  readonly budget: string;
  readonly variance: string;
  readonly variancePct: string;
  readonly outcome: Outcome;
}

function rowOf(line: StatementLine, kind: StatementRow['kind']): StatementRow {
  const { actual, budget, variance, variancePct } = line.figures;
  return {
    label: line.label,
    kind,
    actual: formatDollars(actual),
    budget: formatDollars(budget),
    variance: formatSigned(variance, formatCurrency),
    variancePct: formatSigned(variancePct, formatPercent),
    outcome: outcomeOf(variance, line.better),
  };
}

/**
 * Accounts against budget in the layout of an income statement: sections of lines with their
 * subtotals, then an optional result line (NOI). Whether each variance is good news is colored
 * and also said in words, so the color is never the only sign of it.
 */
@Component({
  selector: 'od-budget-statement',
  imports: [ScrollRegion],
  template: `
    <div class="table-wrapper" odScrollRegion>
      <table class="statement">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col" class="number">Actual</th>
            <th scope="col" class="number">Budget</th>
            <th scope="col" class="number">Variance</th>
            <th scope="col" class="number">Variance %</th>
            <th scope="col">Against budget</th>
          </tr>
        </thead>
        @for (section of groups(); track $index) {
          <tbody>
            @if (section.heading) {
              <tr class="heading">
                <th scope="rowgroup" colspan="6">{{ section.heading }}</th>
              </tr>
            }
            @for (row of section.rows; track row.label) {
              <tr [class]="row.kind">
                <th scope="row">{{ row.label }}</th>
                <td class="number">{{ row.actual }}</td>
                <td class="number">{{ row.budget }}</td>
                <td class="number" [class]="row.outcome.tone">{{ row.variance }}</td>
                <td class="number" [class]="row.outcome.tone">{{ row.variancePct }}</td>
                <td class="outcome" [class]="row.outcome.tone">{{ row.outcome.label }}</td>
              </tr>
            }
          </tbody>
        }
      </table>
    </div>
  `,
  styleUrl: './budget-statement.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetStatement {
  /** What the table holds, for screen readers. */
  readonly caption = input.required<string>();
  readonly sections = input.required<readonly StatementSection[]>();
  /** The line the sections add up to, such as net operating income. */
  readonly result = input<StatementLine | null>(null);

  protected readonly groups = computed(() => {
    const groups = this.sections().map((section) => ({
      heading: section.heading,
      rows: [...section.lines.map((line) => rowOf(line, 'line')), rowOf(section.total, 'total')],
    }));
    const result = this.result();
    return result ? [...groups, { heading: undefined, rows: [rowOf(result, 'result')] }] : groups;
  });
}
