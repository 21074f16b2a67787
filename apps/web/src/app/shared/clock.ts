import { InjectionToken } from '@angular/core';

/** The current time in milliseconds since the epoch; tests provide a clock of their own. */
export const NOW = new InjectionToken<() => number>('NOW', { providedIn: 'root', factory: () => () => Date.now() });
