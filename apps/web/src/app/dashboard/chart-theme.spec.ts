import { TestBed } from '@angular/core/testing';
import { ChartTheme } from './chart-theme';

describe('ChartTheme', () => {
  let schemeChanged: () => void;
  let primary: string;
  let systemScheme: { matches: boolean };

  beforeEach(() => {
    primary = 'rgb(0, 92, 187)';
    systemScheme = { matches: false };
    window.matchMedia = jest.fn().mockReturnValue({
      get matches() {
        return systemScheme.matches;
      },
      addEventListener: (_type: string, listener: () => void) => (schemeChanged = listener),
      removeEventListener: jest.fn(),
    });
    // jsdom resolves no custom properties; this stands in for the browser resolving the Material tokens.
    jest.spyOn(window, 'getComputedStyle').mockImplementation(
      (element) =>
        ({
          color: (element as HTMLElement).style.color.includes('--mat-sys-primary') ? primary : '',
        }) as CSSStyleDeclaration,
    );
  });

  afterEach(() => {
    jest.restoreAllMocks();
    // jsdom has no matchMedia of its own.
    Reflect.deleteProperty(window, 'matchMedia');
  });

  it('colors the charts from the Material theme, falling back where a token cannot be read', () => {
    const theme = TestBed.inject(ChartTheme).theme();

    expect((theme['color'] as string[])[0]).toBe('rgb(0, 92, 187)');
    expect(theme['textStyle']).toEqual({ color: '#1a1c1e', fontFamily: 'Roboto, sans-serif' });
    expect(document.body.querySelectorAll('span[hidden]')).toHaveLength(0);
  });

  it('draws charts at once, pies too, rather than growing them in while the page loads', () => {
    const theme = TestBed.inject(ChartTheme).theme();

    expect(theme['animationDuration']).toBe(0);
    expect(theme['pie']).toEqual({ animationDuration: 0 });
  });

  it('reads the colors again when the system switches between light and dark', () => {
    const chartTheme = TestBed.inject(ChartTheme);
    expect((chartTheme.theme()['color'] as string[])[0]).toBe('rgb(0, 92, 187)');

    const lightSeries = chartTheme.theme()['color'] as string[];

    primary = 'rgb(170, 199, 255)';
    systemScheme.matches = true;
    schemeChanged();

    const darkSeries = chartTheme.theme()['color'] as string[];
    expect(darkSeries[0]).toBe('rgb(170, 199, 255)');
    // The other series switch to their lighter tones, one for one.
    expect(darkSeries).toHaveLength(lightSeries.length);
    expect(darkSeries.slice(1).some((color, index) => color === lightSeries[index + 1])).toBe(false);
  });
});
