import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ScrollRegion } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  template: `<div odScrollRegion><table></table></div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class WideTable {}

describe('ScrollRegion', () => {
  // jsdom lays nothing out: each test says how wide the content is against its container.
  async function render(contentWidth: number, containerWidth: number): Promise<HTMLElement> {
    const measured = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(contentWidth);
    const visible = jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(containerWidth);
    const fixture = TestBed.createComponent(WideTable);
    await fixture.whenStable();
    measured.mockRestore();
    visible.mockRestore();
    return fixture.nativeElement.querySelector('[odScrollRegion]');
  }

  it('becomes a tab stop while its content is wider than it', async () => {
    expect((await render(1200, 700)).getAttribute('tabindex')).toBe('0');
  });

  it('adds no tab stop when nothing scrolls', async () => {
    expect((await render(700, 700)).hasAttribute('tabindex')).toBe(false);
  });
});
