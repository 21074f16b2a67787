/** The properties a caller may see: every property of the organization, or a list of them. */
export interface PropertyScope {
  readonly organizationId: string;
  /** Null means every property of the organization. */
  readonly propertyIds: readonly string[] | null;
}

export interface SqlCondition {
  readonly where: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * The one predicate every property-scoped query applies, on the alias of the `properties`
 * table it joins: the organization boundary always, the user's list when they have one.
 * Filtering happens in the database, not row by row in Node.
 */
export function propertyScopeCondition(propertiesAlias: string, scope: PropertyScope): SqlCondition {
  const organization = `${propertiesAlias}.organization_id = :scopeOrganizationId`;
  if (scope.propertyIds === null) {
    return { where: organization, parameters: { scopeOrganizationId: scope.organizationId } };
  }
  return {
    where: `${organization} AND ${propertiesAlias}.id = ANY(:scopePropertyIds)`,
    parameters: { scopeOrganizationId: scope.organizationId, scopePropertyIds: scope.propertyIds },
  };
}
