import { formatNumber } from '../format';

/** A bedroom count as owners say it: 0 bedrooms is a studio. */
export function bedroomLabel(bedrooms: number): string {
  return bedrooms === 0 ? 'Studio' : `${formatNumber(bedrooms)} ${bedrooms === 1 ? 'bed' : 'beds'}`;
}

/** Bedrooms and bathrooms together ("2 beds · 1.5 baths"); bathrooms may be halves. */
export function layoutLabel(bedrooms: number, bathrooms: number): string {
  return `${bedroomLabel(bedrooms)} · ${formatNumber(bathrooms, 1)} ${bathrooms === 1 ? 'bath' : 'baths'}`;
}
