import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ScrollRegion } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  template: `<div odScrollRegion><table></table></div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class WideTable {}

// jsdom lays nothing out: each test says how wide the content is against its container.
function layOut(contentWidth: number, containerWidth: number): { measured: jest.SpyInstance; restore(): void } {
  const measured = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(contentWidth);
  const visible = jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(containerWidth);
  return {
    measured,
    restore: () => {
      measured.mockRestore();
      visible.mockRestore();
    },
  };
}

const region = (fixture: ComponentFixture<WideTable>) =>
  fixture.nativeElement.querySelector('[odScrollRegion]') as HTMLElement;

describe('ScrollRegion', () => {
  describe('without ResizeObserver', () => {
    async function render(contentWidth: number, containerWidth: number): Promise<HTMLElement> {
      const layout = layOut(contentWidth, containerWidth);
      const fixture = TestBed.createComponent(WideTable);
      await fixture.whenStable();
      layout.restore();
      return region(fixture);
    }

    it('becomes a tab stop while its content is wider than it', async () => {
      expect((await render(1200, 700)).getAttribute('tabindex')).toBe('0');
    });

    it('adds no tab stop and no edge mark when nothing scrolls', async () => {
      const element = await render(700, 700);

      expect(element.hasAttribute('tabindex')).toBe(false);
      expect(element.className).toBe('');
    });

    it('marks the end that has columns out of sight, then the start once scrolled to the end', async () => {
      const layout = layOut(1200, 700);
      const fixture = TestBed.createComponent(WideTable);
      await fixture.whenStable();
      const element = region(fixture);
      const scrollTo = async (left: number) => {
        element.scrollLeft = left;
        element.dispatchEvent(new Event('scroll'));
        await fixture.whenStable();
      };

      expect([...element.classList]).toEqual(['od-more-end']);
      await scrollTo(250);
      expect([...element.classList].sort()).toEqual(['od-more-end', 'od-more-start']);
      await scrollTo(500);
      expect([...element.classList]).toEqual(['od-more-start']);
      layout.restore();
    });
  });

  describe('with ResizeObserver', () => {
    /** The observers made, with what they watch; `report` plays the browser reporting sizes. */
    let observers: { callback: ResizeObserverCallback; observed: Element[] }[];

    class RecordingResizeObserver {
      private readonly entry: { callback: ResizeObserverCallback; observed: Element[] };
      constructor(callback: ResizeObserverCallback) {
        this.entry = { callback, observed: [] };
        observers.push(this.entry);
      }
      observe(element: Element): void {
        this.entry.observed.push(element);
      }
      unobserve(): void {
        // Nothing to stop: reports come only when a test plays them.
      }
      disconnect(): void {
        this.entry.observed = [];
      }
    }

    function report(): void {
      for (const { callback, observed } of observers) {
        callback([], observed as unknown as ResizeObserver);
      }
    }

    beforeEach(() => {
      observers = [];
      globalThis.ResizeObserver = RecordingResizeObserver as unknown as typeof ResizeObserver;
    });
    afterEach(() => delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver);

    it('measures only when the browser reports the laid-out size, not while rendering', async () => {
      const layout = layOut(1200, 700);
      const fixture = TestBed.createComponent(WideTable);
      await fixture.whenStable();

      expect(layout.measured).not.toHaveBeenCalled();
      expect(region(fixture).hasAttribute('tabindex')).toBe(false);
      expect(observers[0]?.observed).toEqual([region(fixture), region(fixture).firstElementChild]);

      report();
      await fixture.whenStable();
      layout.restore();

      expect(region(fixture).getAttribute('tabindex')).toBe('0');
    });

    it('drops its tab stop once the content fits again', async () => {
      const wide = layOut(1200, 700);
      const fixture = TestBed.createComponent(WideTable);
      await fixture.whenStable();
      report();
      await fixture.whenStable();
      wide.restore();

      const fitting = layOut(700, 900);
      report();
      await fixture.whenStable();
      fitting.restore();

      expect(region(fixture).hasAttribute('tabindex')).toBe(false);
    });
  });
});
