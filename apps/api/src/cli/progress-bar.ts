import { RotationProgress } from '../field-encryption/key-rotation';

export interface CommandOutput {
  write(text: string): unknown;
}

const WIDTH = 30;

/** A progress bar per table, redrawn on one line (`\r`) of `out`, usually stderr. */
export function progressBar(out: CommandOutput): RotationProgress {
  let total = 0;
  const draw = (table: string, done: number) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * WIDTH);
    out.write(
      `\r${table.padEnd(18)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows`,
    );
  };
  return {
    start(table, rows) {
      total = rows;
      draw(table, 0);
    },
    advance: draw,
    finish() {
      out.write('\n');
    },
  };
}
