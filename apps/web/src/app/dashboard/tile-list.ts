import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { KpiChange } from './kpi-tile';

/** One figure of a tile row, already formatted. */
export interface Tile {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** The change against an earlier figure, shown with an arrow and said in words. */
  readonly change?: KpiChange | null;
  /** A line under the value where there is no change to show ("of 240 units", "No 30-day comparison"). */
  readonly note?: string;
}

/**
 * A row of headline figures (KPI tiles, funnel counts, aging totals): label, value and an optional
 * change or note under it. Views format the values; this only lays them out.
 */
@Component({
  selector: 'od-tile-list',
  imports: [MatIconModule],
  template: `
    <ul class="tiles">
      @for (tile of tiles(); track tile.key) {
        <li class="tile">
          <span class="label">{{ tile.label }}</span>
          <span class="value">{{ tile.value }}</span>
          @if (tile.change; as change) {
            <span class="change" [class]="change.tone">
              <!-- The icon and the sign show the direction; the hidden sentence says it in words. -->
              @switch (change.direction) {
                @case ('up') {
                  <mat-icon svgIcon="trending_up" aria-hidden="true" />
                }
                @case ('down') {
                  <mat-icon svgIcon="trending_down" aria-hidden="true" />
                }
                @default {
                  <mat-icon svgIcon="trending_flat" aria-hidden="true" />
                }
              }
              <span aria-hidden="true">{{ change.text }}</span>
              <span class="visually-hidden">{{ change.description }}</span>
            </span>
          } @else if (tile.note) {
            <span class="change neutral">{{ tile.note }}</span>
          }
        </li>
      }
    </ul>
  `,
  styleUrl: './tile-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TileList {
  readonly tiles = input.required<readonly Tile[]>();
}
