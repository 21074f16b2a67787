/** Repeats of one view by one person, for the same properties, within this window fold into one entry. */
export const AUDIT_FOLD_WINDOW_MS = 15 * 60_000;
