import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { TAB_IDS } from '@ownerdash/contracts';
import { Optional } from '../common/optional';
import { IsPermissionMap } from './permission-map.validator';

export const TABS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'boolean' },
  description: `Tab id → visible. Tab ids: ${TAB_IDS.join(', ')}`,
  example: { financials: false },
};

export const VIEWS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'boolean' },
  description:
    'View id → visible (see GET /api/permissions/registry). A hidden tab hides its views whatever their setting.',
  example: { 'overview.unit_mix': false, 'delinquency.ar_table': false },
};

/** An optional tab (or view) map in a request body: documented, and validated against the registry. */
export function PermissionMapInput(kind: 'tab' | 'view', description?: string): PropertyDecorator {
  const schema = kind === 'tab' ? TABS_SCHEMA : VIEWS_SCHEMA;
  return applyDecorators(
    ApiPropertyOptional(description ? { ...schema, description } : schema),
    Optional(),
    IsPermissionMap(kind),
  );
}
