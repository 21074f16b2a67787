import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type PlaceholderPart, ViewPlaceholder } from './view-placeholder';

@Component({
  imports: [ViewPlaceholder],
  template: `<od-view-placeholder [parts]="parts()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly parts = input.required<readonly PlaceholderPart[]>();
}

describe('ViewPlaceholder', () => {
  async function render(parts: readonly PlaceholderPart[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Host);
    fixture.componentRef.setInput('parts', parts);
    await fixture.whenStable();
    return fixture.nativeElement.querySelector('od-view-placeholder');
  }

  /** Each block in order: its kind, and the height it is given where the part decides it. */
  const blocks = (placeholder: HTMLElement) =>
    [...placeholder.children].map((block) =>
      block.tagName === 'OD-TILE-LIST'
        ? `tiles: ${block.querySelectorAll('.tile').length}`
        : `${block.className.replace('bone', '').trim() || 'box'} ${block.getAttribute('style') ?? ''}`.trim(),
    );

  it('lays out the blocks of the content in its order, at their sizes', async () => {
    const placeholder = await render([
      'subheading',
      { tiles: 5 },
      'caption',
      { chart: 180 },
      { table: 4 },
      'paginator',
    ]);

    expect(blocks(placeholder)).toEqual([
      'subheading',
      'tiles: 5',
      'caption',
      'box height: 180px;',
      'box height: calc(var(--mat-table-header-container-height, 56px) + 4 * var(--mat-table-row-item-container-height, 52px));',
      'paginator',
    ]);
  });

  it('leaves its tiles without words, and keeps itself from assistive technology', async () => {
    const placeholder = await render([{ tiles: 2 }]);

    expect(placeholder.getAttribute('aria-hidden')).toBe('true');
    expect(placeholder.textContent?.trim()).toBe('');
  });
});
