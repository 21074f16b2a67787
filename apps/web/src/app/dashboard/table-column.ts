import { NgTemplateOutlet } from '@angular/common';
import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  Directive,
  inject,
  input,
  type OnDestroy,
  type OnInit,
  TemplateRef,
  viewChild,
} from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import {
  MatCellDef,
  MatColumnDef,
  MatFooterCellDef,
  MatHeaderCellDef,
  MatTable,
  MatTableModule,
} from '@angular/material/table';
import { formatCurrency, formatDate, formatNumber, formatPercent, NO_VALUE } from './format';

/**
 * How a column shows its values. `figure` is a figure formatted already, shown as given; every
 * format but `text` and `date` is a figure, aligned to the end so that digits line up.
 */
export type CellFormat = 'text' | 'figure' | 'number' | 'percent' | 'currency' | 'cents' | 'date';

type CellValue = string | number | null | undefined;

const asGiven = (value: CellValue) =>
  value === null || value === undefined || value === '' ? NO_VALUE : String(value);

const FORMATTERS: Record<CellFormat, (value: CellValue) => string> = {
  text: asGiven,
  figure: asGiven,
  number: (value) => formatNumber(value as number | null | undefined),
  percent: (value) => formatPercent(value as number | null | undefined),
  currency: (value) => formatCurrency(value as number | null | undefined),
  cents: (value) => formatCurrency(value as number | null | undefined, true),
  date: (value) => formatDate(value as string | null | undefined),
};

/** A cell of its own making: `<ng-template odCell let-row>…</ng-template>` inside an `od-column`. */
@Directive({ selector: 'ng-template[odCell]' })
export class TableCell {
  readonly template = inject(TemplateRef);
}

/**
 * One column of the `mat-table` it sits in: a header (a sort header when `sortable`, for tables
 * sorted by `matSort`), each row's `field` shown in `format` (or by an `odCell` template), and a
 * footer cell for tables with a totals row. It adds itself to the table, as the CDK table's
 * `addColumnDef` lets a column defined in another component take part.
 */
@Component({
  selector: 'od-column',
  imports: [MatSortModule, MatTableModule, NgTemplateOutlet],
  template: `
    <ng-container matColumnDef>
      <ng-container *matHeaderCellDef>
        @if (sortable()) {
          <th
            mat-header-cell
            mat-sort-header
            scope="col"
            [class.number]="figure()"
            [arrowPosition]="figure() ? 'before' : 'after'"
          >
            {{ label() }}
          </th>
        } @else {
          <th mat-header-cell scope="col" [class.number]="figure()">{{ label() }}</th>
        }
      </ng-container>
      <td mat-cell *matCellDef="let row" [class.number]="figure()">
        @if (cell(); as custom) {
          <ng-container *ngTemplateOutlet="custom.template; context: { $implicit: row }" />
        } @else if (format() === 'date' && valueOf(row)) {
          <time [attr.datetime]="valueOf(row)">{{ show(valueOf(row)) }}</time>
        } @else {
          {{ show(valueOf(row)) }}
        }
      </td>
      <td mat-footer-cell *matFooterCellDef [class.number]="figure()">{{ footerText() }}</td>
    </ng-container>
  `,
  styles: `
    // A totals row: set apart from the rows it adds up.
    td.mat-mdc-footer-cell {
      font-weight: 500;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TableColumn implements OnInit, OnDestroy {
  private readonly table = inject(MatTable);
  private readonly columnDef = viewChild.required(MatColumnDef);
  private readonly headerCellDef = viewChild.required(MatHeaderCellDef);
  private readonly cellDef = viewChild.required(MatCellDef);
  private readonly footerCellDef = viewChild.required(MatFooterCellDef);

  /** The id the table's row definitions list. */
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  /** The row property shown; the column's name when not given. */
  readonly field = input<string>();
  readonly format = input<CellFormat>('text');
  readonly sortable = input(false, { transform: booleanAttribute });
  /** The totals row's value, shown in the column's format; a label in a text column. */
  readonly footer = input<CellValue>();

  protected readonly cell = contentChild(TableCell);
  protected readonly figure = computed(() => this.format() !== 'text' && this.format() !== 'date');
  protected readonly footerText = computed(() => {
    const footer = this.footer();
    return footer === undefined ? '' : this.show(footer);
  });

  ngOnInit(): void {
    const columnDef = this.columnDef();
    columnDef.name = this.name();
    // The table renders its header before this view's content queries have run, so the column
    // gets its cell templates now rather than from those queries.
    columnDef.headerCell = this.headerCellDef();
    columnDef.cell = this.cellDef();
    columnDef.footerCell = this.footerCellDef();
    this.table.addColumnDef(columnDef);
  }

  ngOnDestroy(): void {
    this.table.removeColumnDef(this.columnDef());
  }

  protected valueOf(row: Record<string, unknown>): CellValue {
    return row[this.field() ?? this.name()] as CellValue;
  }

  protected show(value: CellValue): string {
    return FORMATTERS[this.format()](value);
  }
}

export const TABLE_COLUMN = [TableColumn, TableCell] as const;
