/** A view that takes a whole row, or a run of consecutive views that share rows. */
export type ViewRow<T> =
  | { readonly wide: true; readonly view: T }
  | { readonly wide: false; readonly views: readonly T[] };

/**
 * Groups a tab's views, in order, into the rows of its page: each wide view alone, and each run of
 * narrower views together, so the run can wrap and stretch its cards across the whole row at any
 * width instead of leaving the rest of a fixed grid row empty.
 */
export function viewRows<T extends { readonly wide: boolean }>(views: readonly T[]): ViewRow<T>[] {
  const rows: ViewRow<T>[] = [];
  let run: T[] = [];
  for (const view of views) {
    if (!view.wide) {
      run.push(view);
      continue;
    }
    if (run.length > 0) {
      rows.push({ wide: false, views: run });
      run = [];
    }
    rows.push({ wide: true, view });
  }
  if (run.length > 0) {
    rows.push({ wide: false, views: run });
  }
  return rows;
}
