import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 2;

/** The path of a line through the values, gaps where a value is missing; null without two values to join. */
export function sparklinePath(values: readonly (number | null)[]): string | null {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2) {
    return null;
  }
  const low = Math.min(...known);
  const span = Math.max(...known) - low || 1;
  const step = (WIDTH - 2 * PAD) / Math.max(values.length - 1, 1);
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = PAD + index * step;
    const y = HEIGHT - PAD - ((value - low) / span) * (HEIGHT - 2 * PAD);
    path += `${drawing ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/**
 * A chart reference's mini chart: an inline SVG line, so the chat draws it without loading the
 * dashboard's chart library. Decorative; the card says the figures in words.
 */
@Component({
  selector: 'od-sparkline',
  template: `
    @if (path(); as path) {
      <svg [attr.viewBox]="viewBox" [attr.width]="width" [attr.height]="height" aria-hidden="true" focusable="false">
        <path [attr.d]="path" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      </svg>
    }
  `,
  styles: `
    :host {
      display: block;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Sparkline {
  readonly values = input.required<readonly (number | null)[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  protected readonly path = computed(() => sparklinePath(this.values()));
}
