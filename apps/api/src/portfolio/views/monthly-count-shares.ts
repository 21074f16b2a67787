/** One label's count over a period and its share of all labels, as `labelSharesSql` answers it. */
export interface LabelShareRow {
  label: string;
  count: number;
  sharePct: number;
  /** The count of all labels: the same on every row. */
  total: number;
}

/**
 * The months of `property_monthly_counts` (alias `c`) a period covers. The counts are monthly,
 * so a period covers each month it overlaps, whole: the month of `:from` through the month of `:to`.
 */
export const MONTHS_OF_PERIOD = `c.month BETWEEN date_trunc('month', CAST(:from AS timestamp))::date AND CAST(:to AS date)`;

/** Per label of the `:kind` of monthly count: its sum and share over the months of the period, largest first. */
export function labelSharesSql(inScope: string): string {
  return `
    SELECT c.label, sum(c.count)::int AS count,
           round(sum(c.count) * 100.0 / nullif(sum(sum(c.count)) OVER (), 0), 1)::float8 AS "sharePct",
           (sum(sum(c.count)) OVER ())::int AS total
      FROM property_monthly_counts c
      JOIN properties p ON p.id = c.property_id
     WHERE ${inScope} AND c.kind = :kind AND ${MONTHS_OF_PERIOD}
     GROUP BY c.label
     ORDER BY count DESC, c.label`;
}
