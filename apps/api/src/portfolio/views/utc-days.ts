/**
 * The predicate keeping a timestamp column within the days `:from`–`:to` (inclusive), days
 * being UTC as the period's defaults are. Written as a range on the bare column so an index
 * on it can serve.
 */
export function withinUtcDays(column: string): string {
  return `${column} >= CAST(:from AS date)::timestamp AT TIME ZONE 'UTC'
          AND ${column} < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'UTC'`;
}

/** A timestamp column as ISO 8601 in UTC (`…Z`), as JavaScript writes dates; null stays null. */
export function utcIsoTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
