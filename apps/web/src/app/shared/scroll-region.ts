import { afterNextRender, DestroyRef, Directive, ElementRef, inject, signal } from '@angular/core';

/**
 * Puts a scrolling container (a wide table's wrapper) in the tab order while its content
 * overflows, so keyboard users can reach it and scroll it with the arrow keys (axe rule
 * `scrollable-region-focusable`); when nothing scrolls it adds no tab stop.
 */
@Directive({
  selector: '[odScrollRegion]',
  host: { '[attr.tabindex]': 'overflows() ? 0 : null' },
})
export class ScrollRegion {
  protected readonly overflows = signal(false);

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const measure = () => this.overflows.set(element.scrollWidth > element.clientWidth);
      if (typeof ResizeObserver === 'undefined') {
        measure();
        return;
      }
      // The wrapper keeps its width while the table inside grows with its data: watch both. The
      // observer also reports their first size, once the browser has laid the page out: measuring
      // here instead would force a layout of the whole page in the middle of rendering, per table.
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      if (element.firstElementChild) {
        observer.observe(element.firstElementChild);
      }
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
