import { ChangeDetectionStrategy, Component, computed, Directive, input } from '@angular/core';
import { type Tile, TileList } from './tile-list';

/**
 * One block of a view's content, as its loading placeholder stands in for it: a line of caption
 * or footnote text, a subheading, a row of `count` figures (laid out by the real tile list, so
 * they wrap as the figures will at any width), a table with a header and `rows` rows (a footer
 * counts as a row), a chart `height` pixels high, or a table's paginator.
 */
export type PlaceholderPart =
  | 'caption'
  | 'subheading'
  | 'paginator'
  | { readonly tiles: number }
  | { readonly table: number }
  | { readonly chart: number };

/** A tile with nothing in it but lines of the real tiles' heights. */
const BLANK = '\u00a0';

type Block =
  | { readonly kind: 'line'; readonly size: 'caption' | 'subheading' | 'paginator' }
  | { readonly kind: 'tiles'; readonly tiles: readonly Tile[] }
  | { readonly kind: 'box'; readonly height: string };

/** A block whose height the part decides: a CSS length. */
@Directive({ selector: '[odBlockHeight]', host: { '[style.height]': 'odBlockHeight()' } })
export class BlockHeight {
  readonly odBlockHeight = input.required<string>();
}

/**
 * The shape of a view's content while its first data loads: blocks of the sizes the content will
 * have, so the card keeps its height when the data arrives and nothing below it moves.
 */
@Component({
  selector: 'od-view-placeholder',
  imports: [BlockHeight, TileList],
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('tiles') {
          <od-tile-list class="tiles" [tiles]="block.tiles" />
        }
        @case ('box') {
          <span class="bone" [odBlockHeight]="block.height"></span>
        }
        @case ('line') {
          <span class="bone" [class]="block.size"></span>
        }
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 8px 16px 16px;
    }
    .bone {
      display: block;
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface-container-highest);
    }
    .caption {
      width: 60%;
      height: 16px;
    }
    .subheading {
      width: 30%;
      height: 20px;
    }
    .paginator {
      height: 56px;
    }
  `,
  host: { 'aria-hidden': 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewPlaceholder {
  readonly parts = input.required<readonly PlaceholderPart[]>();

  protected readonly blocks = computed(() => this.parts().map(toBlock));
}

function toBlock(part: PlaceholderPart): Block {
  if (typeof part === 'string') {
    return { kind: 'line', size: part };
  }
  if ('tiles' in part) {
    const tiles = Array.from({ length: part.tiles }, (_, index) => ({
      key: String(index),
      label: BLANK,
      value: BLANK,
      note: BLANK,
    }));
    return { kind: 'tiles', tiles };
  }
  if ('table' in part) {
    return {
      kind: 'box',
      height: `calc(var(--mat-table-header-container-height, 56px) + ${part.table} * var(--mat-table-row-item-container-height, 52px))`,
    };
  }
  return { kind: 'box', height: `${part.chart}px` };
}
