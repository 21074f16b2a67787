/** The aging bucket of a unit's balance by its days past due, as SQL over the `units` column given. */
export function agingBucketSql(daysPastDue: string): string {
  return `CASE WHEN ${daysPastDue} <= 30 THEN '0-30' WHEN ${daysPastDue} <= 60 THEN '31-60'
               WHEN ${daysPastDue} <= 90 THEN '61-90' ELSE '90+' END`;
}
