import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ScrollRegion } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  template: `<div odScrollRegion><table></table></div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class WideTable {}

describe('ScrollRegion', () => {
  // jsdom lays nothing out: each test says how wide the content is against its container.
  let scrollWidth: number;
  let clientWidth: number;

  beforeEach(() => {
    jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(() => scrollWidth);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => clientWidth);
  });

  afterEach(() => jest.restoreAllMocks());

  async function render(contentWidth: number, containerWidth: number): Promise<ComponentFixture<WideTable>> {
    scrollWidth = contentWidth;
    clientWidth = containerWidth;
    const fixture = TestBed.createComponent(WideTable);
    await fixture.whenStable();
    return fixture;
  }

  const region = (fixture: ComponentFixture<WideTable>): HTMLElement =>
    fixture.nativeElement.querySelector('[odScrollRegion]');

  it('becomes a tab stop while its content is wider than it', async () => {
    expect(region(await render(1200, 700)).getAttribute('tabindex')).toBe('0');
  });

  it('adds no tab stop and no edge mark when nothing scrolls', async () => {
    const element = region(await render(700, 700));

    expect(element.hasAttribute('tabindex')).toBe(false);
    expect(element.className).toBe('');
  });

  it('marks the end that has columns out of sight, then the start once scrolled to the end', async () => {
    const fixture = await render(1200, 700);
    const element = region(fixture);
    expect([...element.classList]).toEqual(['od-more-end']);

    element.scrollLeft = 250;
    element.dispatchEvent(new Event('scroll'));
    await fixture.whenStable();
    expect([...element.classList].sort()).toEqual(['od-more-end', 'od-more-start']);

    element.scrollLeft = 500;
    element.dispatchEvent(new Event('scroll'));
    await fixture.whenStable();
    expect([...element.classList]).toEqual(['od-more-start']);
  });
});
