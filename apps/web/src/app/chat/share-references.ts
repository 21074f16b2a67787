import type { ReferenceInputDto, ReferenceStateDto } from '@ownerdash/api-client';
import { PORTFOLIO_REFERENCE_SCOPE, type ReferenceRowView, type ViewId } from '@ownerdash/contracts';

interface KnownProperty {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** The dashboard's filters as a reference's state: the properties picked and the days chosen. */
export function dashboardState(
  picked: readonly string[],
  range: { readonly from: string; readonly to: string } | null,
): ReferenceStateDto {
  return {
    ...(picked.length > 0 ? { propertyIds: [...picked] } : {}),
    // Views that look ahead from a day take the chosen range's last day, as the dashboard sends it.
    ...(range ? { from: range.from, to: range.to, asOf: range.to } : {}),
  };
}

/**
 * A view's card as a `chart` reference: of the one property picked (by its slug), or else of the
 * portfolio with the properties picked in its state, which the server answers for.
 */
export function viewReference(
  view: ViewId,
  picked: readonly string[],
  properties: readonly KnownProperty[],
  range: { readonly from: string; readonly to: string } | null,
): { readonly reference: ReferenceInputDto; readonly scopeName: string } {
  const state = dashboardState(picked, range);
  const property = picked.length === 1 ? properties.find((item) => item.id === picked[0]) : undefined;
  if (property) {
    return { reference: { type: 'chart', id: `${property.slug}:${view}`, state }, scopeName: property.name };
  }
  const scopeName =
    picked.length === 0 ? 'your portfolio' : `${picked.length} ${picked.length === 1 ? 'property' : 'properties'}`;
  return { reference: { type: 'chart', id: `${PORTFOLIO_REFERENCE_SCOPE}:${view}`, state }, scopeName };
}

/** A row of a table whose rows are things of their own, opened later on its property and the days shown. */
export function rowReference(
  view: ReferenceRowView,
  property: KnownProperty,
  rowKey: string,
  range: { readonly from: string; readonly to: string } | null,
): ReferenceInputDto {
  return { type: 'table_row', id: `${property.slug}:${view}:${rowKey}`, state: dashboardState([property.id], range) };
}

/** A unit of a property. */
export function unitReference(property: KnownProperty, unitNumber: string): ReferenceInputDto {
  return { type: 'unit', id: `${property.slug}:${unitNumber}`, state: { propertyIds: [property.id] } };
}
