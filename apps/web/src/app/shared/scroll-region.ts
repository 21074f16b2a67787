import { afterNextRender, DestroyRef, Directive, ElementRef, inject, signal } from '@angular/core';

/**
 * Marks a scrolling container (a wide table's wrapper) while its content overflows: it joins the
 * tab order, so keyboard users can reach it and scroll it with the arrow keys (axe rule
 * `scrollable-region-focusable`), and the classes `od-more-start` / `od-more-end` say which side
 * has columns out of sight, for the global styles to show (a fade at the edge, a shadow beside the
 * sticky first column). When nothing scrolls it adds no tab stop and no class.
 */
@Directive({
  selector: '[odScrollRegion]',
  host: {
    '[attr.tabindex]': 'overflows() ? 0 : null',
    '[class.od-more-start]': 'moreStart()',
    '[class.od-more-end]': 'moreEnd()',
    '(scroll)': 'measure()',
  },
})
export class ScrollRegion {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly overflows = signal(false);
  protected readonly moreStart = signal(false);
  protected readonly moreEnd = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      if (typeof ResizeObserver === 'undefined') {
        this.measure();
        return;
      }
      // The wrapper keeps its width while the table inside grows with its data: watch both. The
      // observer also reports their first size, once the browser has laid the page out: measuring
      // here instead would force a layout of the whole page in the middle of rendering, per table.
      const observer = new ResizeObserver(() => this.measure());
      observer.observe(this.element);
      if (this.element.firstElementChild) {
        observer.observe(this.element.firstElementChild);
      }
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected measure(): void {
    const { scrollLeft, scrollWidth, clientWidth } = this.element;
    // Browsers report fractional offsets when zoomed: a pixel of slack keeps the edges steady.
    this.overflows.set(scrollWidth > clientWidth);
    this.moreStart.set(scrollLeft > 1);
    this.moreEnd.set(scrollLeft + clientWidth < scrollWidth - 1);
  }
}
