import { Pipe, type PipeTransform } from '@angular/core';
import { formatCurrency, formatDate, formatNumber, formatPercent } from './format';

/** `{{ units | odNumber }}`; see format.ts. */
@Pipe({ name: 'odNumber' })
export class NumberFormatPipe implements PipeTransform {
  transform(value: number | null | undefined, fractionDigits: 0 | 1 = 0): string {
    return formatNumber(value, fractionDigits);
  }
}

/** `{{ occupancyPct | odPercent }}` for values already in percent. */
@Pipe({ name: 'odPercent' })
export class PercentFormatPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatPercent(value);
  }
}

/** `{{ balance | odCurrency }}` in USD; `odCurrency: true` keeps the cents. */
@Pipe({ name: 'odCurrency' })
export class CurrencyFormatPipe implements PipeTransform {
  transform(value: number | null | undefined, withCents = false): string {
    return formatCurrency(value, withCents);
  }
}

/** `{{ leaseEnd | odDate }}` for calendar days. */
@Pipe({ name: 'odDate' })
export class DateFormatPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDate(value);
  }
}

export const FORMAT_PIPES = [NumberFormatPipe, PercentFormatPipe, CurrencyFormatPipe, DateFormatPipe] as const;
