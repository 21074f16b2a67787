import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** The frame of the pages outside the shell: one card with the product name, a heading and progress. */
@Component({
  selector: 'od-auth-card',
  imports: [MatCardModule, MatProgressBarModule],
  template: `
    <main class="page">
      <mat-card appearance="outlined" class="card">
        <div class="progress">
          @if (busyLabel(); as label) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="label" />
          }
        </div>
        <div class="content">
          <p class="product">Ownerdash</p>
          <h1 class="heading">{{ heading() }}</h1>
          <ng-content />
        </div>
      </mat-card>
    </main>
  `,
  styleUrl: './auth-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthCard {
  readonly heading = input.required<string>();
  /** What is in progress, shown as a progress bar with this label; null while nothing is. */
  readonly busyLabel = input<string | null>(null);
}
