import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { ChartTheme } from './chart-theme';

/** Pixels: the height of a chart whose view sets none. */
export const DEFAULT_CHART_HEIGHT = 260;

/**
 * An ECharts chart in the app's light or dark colors. A canvas is opaque to assistive technology,
 * so the container is an image whose label is the summary of the data the view gives; views that
 * show a chart beside a table let that table carry the details. Create it once its data is there
 * (inside the view's `@if`): ECharts measures the container when it starts, and content projected
 * into a view card is created even while the card still shows its skeleton.
 */
@Component({
  selector: 'od-chart',
  imports: [NgxEchartsDirective],
  template: `
    <div
      class="chart"
      echarts
      role="img"
      [attr.aria-label]="summary()"
      [options]="options()"
      [theme]="theme.theme()"
      [initOpts]="{ renderer: 'canvas' }"
    ></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: var(--od-chart-height, ${DEFAULT_CHART_HEIGHT}px);
    }
  `,
  host: { '[style.--od-chart-height.px]': 'height()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chart {
  protected readonly theme = inject(ChartTheme);

  readonly options = input.required<EChartsCoreOption>();
  /** What the chart shows, in words: the accessible name of the image. */
  readonly summary = input.required<string>();
  /** Pixels, where the data decides (a bar per row); otherwise the default, or what the page's CSS sets. */
  readonly height = input<number>();
}
