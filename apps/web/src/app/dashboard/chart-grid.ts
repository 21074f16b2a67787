/** Space around a chart's plot, in pixels. */
export interface GridMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * A plot whose axis labels sit within the margins, so a small margin is the gap between the labels
 * and the card. Without it ECharts 6 only keeps the labels inside the canvas, and cuts the bottom
 * row of them short.
 */
export function labelledGrid(margins: GridMargins) {
  return { ...margins, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
}
