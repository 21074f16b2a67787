import { inject, Injectable, Injector } from '@angular/core';
import type { MatSnackBar, MatSnackBarConfig, MatSnackBarRef, TextOnlySnackBar } from '@angular/material/snack-bar';

/**
 * Material's snack bar, loaded with the first toast. The shell can toast on any page, but most
 * visits never show one, and its code would otherwise come before the dashboard's first chart.
 */
@Injectable({ providedIn: 'root' })
export class LazySnackBar {
  private readonly injector = inject(Injector);
  private snackBar?: Promise<MatSnackBar>;

  open(message: string, action: string, config: MatSnackBarConfig): Promise<MatSnackBarRef<TextOnlySnackBar>> {
    this.snackBar ??= import('@angular/material/snack-bar').then(({ MatSnackBar }) => this.injector.get(MatSnackBar));
    return this.snackBar.then((snackBar) => snackBar.open(message, action, config));
  }
}
