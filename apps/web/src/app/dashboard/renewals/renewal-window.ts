import { formatDate } from '../format';

/** The window of ending leases a renewal view covers, in words: "between Nov 20, 2026 and Feb 17, 2027". */
export function describeWindow(window: { readonly from: string; readonly to: string }): string {
  return `between ${formatDate(window.from)} and ${formatDate(window.to)}`;
}
