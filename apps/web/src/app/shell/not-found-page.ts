import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'od-not-found-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    <main class="page">
      <mat-icon class="icon" svgIcon="search_off" aria-hidden="true" />
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <a mat-flat-button routerLink="/">Go to the dashboard</a>
    </main>
  `,
  styles: `
    .page {
      display: flex;
      min-height: 100vh;
      box-sizing: border-box;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      padding: 24px;
      text-align: center;
    }
    .icon {
      width: 64px;
      height: 64px;
      color: var(--mat-sys-primary);
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
