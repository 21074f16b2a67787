import { computed, DestroyRef, DOCUMENT, inject, Injectable, signal } from '@angular/core';

/** An ECharts theme object, as `echarts.registerTheme` takes it. */
type ThemeOption = Record<string, unknown>;

/** The Material system colors the charts use, with what to use where they cannot be read. */
const TOKENS = {
  text: ['--mat-sys-on-surface', '#1a1c1e'],
  mutedText: ['--mat-sys-on-surface-variant', '#43474e'],
  line: ['--mat-sys-outline-variant', '#c3c6cf'],
  tooltip: ['--mat-sys-surface-container-high', '#e7e8ee'],
  primary: ['--mat-sys-primary', '#005cbb'],
} as const;

/**
 * The series after the first (which takes the theme's primary color): hues far apart, so that
 * series tell apart in either scheme, each with at least 3:1 contrast to the surface behind
 * (WCAG 1.4.11). The Material secondary and tertiary tones are too close to primary for that.
 */
const SERIES = {
  light: ['#b35900', '#00796b', '#8e24aa', '#5d4037'],
  dark: ['#ffb74d', '#4db6ac', '#ce93d8', '#bcaaa4'],
} as const;

type ThemeColors = Record<keyof typeof TOKENS, string>;

/**
 * The ECharts theme matching the app's Material theme. The app follows the system's light or dark
 * preference (`color-scheme: light dark` with `light-dark()` tokens in styles.scss), so the colors
 * are read again from the CSS custom properties whenever that preference changes.
 */
@Injectable({ providedIn: 'root' })
export class ChartTheme {
  private readonly document = inject(DOCUMENT);
  private readonly dark = signal(false);
  private readonly scheme = signal(0);

  readonly theme = computed<ThemeOption>(() => {
    this.scheme();
    return echartsTheme(this.readColors(), SERIES[this.dark() ? 'dark' : 'light']);
  });

  constructor() {
    const query = this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    if (query) {
      this.dark.set(query.matches);
      const changed = () => {
        this.dark.set(query.matches);
        this.scheme.update((count) => count + 1);
      };
      query.addEventListener('change', changed);
      inject(DestroyRef).onDestroy(() => query.removeEventListener('change', changed));
    }
  }

  /**
   * A custom property holds the unresolved `light-dark(…)` text; assigning it to a real property
   * of a probe element lets the browser resolve it to the color in use.
   */
  private readColors(): ThemeColors {
    const probe = this.document.createElement('span');
    probe.hidden = true;
    this.document.body.appendChild(probe);
    const view = this.document.defaultView;
    const colors = Object.fromEntries(
      Object.entries(TOKENS).map(([name, [token, fallback]]) => {
        probe.style.color = `var(${token}, ${fallback})`;
        const resolved = view?.getComputedStyle(probe).color ?? '';
        return [name, resolved.startsWith('rgb') ? resolved : fallback];
      }),
    ) as ThemeColors;
    probe.remove();
    return colors;
  }
}

function echartsTheme(colors: ThemeColors, series: readonly string[]): ThemeOption {
  const axis = {
    axisLine: { lineStyle: { color: colors.line } },
    axisTick: { lineStyle: { color: colors.line } },
    axisLabel: { color: colors.mutedText },
    splitLine: { lineStyle: { color: colors.line } },
  };
  return {
    color: [colors.primary, ...series],
    backgroundColor: 'transparent',
    // Drawn at once rather than grown in over a second: that animation redraws every chart of a tab
    // frame after frame while the page is still loading. Changes to a drawn chart still animate.
    animationDuration: 0,
    textStyle: { color: colors.text, fontFamily: 'Roboto, sans-serif' },
    // Margins are the gap between the axis labels and the card: ECharts 6 otherwise lets the
    // labels run to the canvas edge, cutting the bottom row short, or needs margins sized by hand.
    grid: { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    categoryAxis: axis,
    valueAxis: axis,
    legend: { textStyle: { color: colors.text } },
    // Values written beside bars: in the text color, without the outline ECharts draws around
    // labels by default, which smudges the digits on the dark surface.
    bar: { label: { color: colors.text, textBorderWidth: 0 } },
    // ECharts draws gauge scales in fixed dark grays that vanish on the dark theme's surface.
    gauge: {
      axisLine: { lineStyle: { color: [[1, colors.line]] } },
      splitLine: { lineStyle: { color: colors.mutedText } },
      axisLabel: { color: colors.mutedText },
      title: { color: colors.text },
    },
    // Pie series bring a grow-in duration of their own.
    pie: { animationDuration: 0 },
    tooltip: {
      backgroundColor: colors.tooltip,
      borderColor: colors.line,
      textStyle: { color: colors.text },
    },
  };
}
