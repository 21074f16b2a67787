import type { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/** jsdom has no ResizeObserver, which ngx-echarts uses to follow its container's size. */
class InertResizeObserver {
  observe(): void {
    // Nothing resizes in jsdom.
  }
  unobserve(): void {
    // Nothing is observed.
  }
  disconnect(): void {
    // Nothing is observed.
  }
}

/** Lets ngx-echarts mount in jsdom. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= InertResizeObserver as unknown as typeof ResizeObserver;
}

/**
 * Charts that mount but never draw: jsdom has no canvas, so ECharts is never handed over. Tests
 * check what the chart container says about the data instead.
 */
export function provideInertCharts(): Provider[] {
  stubResizeObserver();
  return [provideEchartsCore({ echarts: () => new Promise(() => undefined) })];
}
