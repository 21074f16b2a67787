import type { ReferenceStateDto } from '@ownerdash/api-client';
import { PORTFOLIO_REFERENCE_SCOPE } from '@ownerdash/contracts';

/** Which figures a KPI reference can name: one property (its slug) or the whole portfolio. */
export interface KpiShareScope {
  /** The property's slug or `portfolio`; null when the properties picked are neither. */
  readonly scopeId: string | null;
  /** How people call that scope ("Parkside", "your portfolio"). */
  readonly scopeName: string;
  /** The dashboard state to open the shared figure with. */
  readonly state: ReferenceStateDto;
}

/**
 * The scope of the KPI tiles as a reference names it: no property picked is the whole portfolio,
 * one is that property; several have no reference id (a portfolio reference would show the
 * reader other figures than the sender saw).
 */
export function kpiShareScope(
  picked: readonly string[],
  properties: readonly { readonly id: string; readonly slug: string; readonly name: string }[],
  range: { readonly from: string; readonly to: string } | null,
): KpiShareScope {
  const state: ReferenceStateDto = {
    ...(picked.length > 0 ? { propertyIds: [...picked] } : {}),
    ...(range ? { from: range.from, to: range.to } : {}),
  };
  if (picked.length === 0) {
    return { scopeId: PORTFOLIO_REFERENCE_SCOPE, scopeName: 'your portfolio', state };
  }
  const property = picked.length === 1 ? properties.find((item) => item.id === picked[0]) : undefined;
  return property
    ? { scopeId: property.slug, scopeName: property.name, state }
    : { scopeId: null, scopeName: '', state };
}
