import { renderMarkdown } from './chat-markdown';

function rendered(content: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderMarkdown(content);
  return host;
}

describe('renderMarkdown', () => {
  it('renders emphasis, lists, quotes and code', () => {
    const host = rendered('**Rent** is _due_\n\n- one\n- two\n\n> quoted\n\n`code`');

    expect(host.querySelector('strong')?.textContent).toBe('Rent');
    expect(host.querySelector('em')?.textContent).toBe('due');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
    expect(host.querySelector('code')?.textContent).toBe('code');
  });

  it('drops raw HTML with its event handlers', () => {
    const host = rendered('before <img src=x onerror="alert(1)"> <script>alert(2)</script> after');

    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('script')).toBeNull();
    expect(host.innerHTML).not.toContain('onerror');
    expect(host.textContent).toContain('before');
    expect(host.textContent).toContain('after');
  });

  it('keeps no javascript: or data: link', () => {
    const host = rendered('[x](javascript:alert(1)) [y](data:text/html,hi) [z](JaVaScRiPt:alert(3))');

    const hrefs = [...host.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs.filter((href) => href !== null)).toEqual([]);
    expect(host.innerHTML.toLowerCase()).not.toContain('javascript:');
  });

  it('opens web links apart from the app', () => {
    const link = rendered('see [the report](https://example.com/report)').querySelector('a');

    expect(link?.getAttribute('href')).toBe('https://example.com/report');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });
});
