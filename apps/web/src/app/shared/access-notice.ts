import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * Why the page shown is not the one asked for: a guard that turns a user away from a page their
 * rights hide says so here, and the shell shows it above the page they land on. It stays until
 * they go elsewhere or dismiss it.
 */
@Injectable({ providedIn: 'root' })
export class AccessNotice {
  private readonly text = signal<string | null>(null);
  /** Set by `deny`, for the navigation that follows it: that one lands where the notice belongs. */
  private redirecting = false;

  readonly message = this.text.asReadonly();

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        if (this.redirecting) {
          this.redirecting = false;
        } else {
          this.text.set(null);
        }
      });
  }

  /** `what` the user may not open, as they know it: "Financials", "Administration". */
  deny(what: string): void {
    this.text.set(`You don’t have access to ${what} — ask an administrator.`);
    this.redirecting = true;
  }

  dismiss(): void {
    this.text.set(null);
  }
}
