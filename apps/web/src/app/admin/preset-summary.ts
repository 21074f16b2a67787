import type { PresetDto, PropertySummaryDto } from '@ownerdash/api-client';
import { completeTree, describeVisibility } from './permission-tree';
import { describeScope, scopeFromIds } from './property-scope';
import { ROLE_LABELS } from './team-member';

/** "Role User · Sees 6 of 8 tabs, 22 of 29 views · Parkside": what applying a preset gives. */
export function describePreset(preset: PresetDto, properties: readonly PropertySummaryDto[]): string {
  const names = new Map(properties.map((property) => [property.id, property.name]));
  return [
    `Role ${ROLE_LABELS[preset.role]}`,
    describeVisibility(completeTree(preset), preset.role),
    describeScope(scopeFromIds(preset.propertyIds), names),
  ].join(' · ');
}
