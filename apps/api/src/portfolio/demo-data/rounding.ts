/** Dollars rounded to cents, as numeric(…, 2) columns store them. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Rounded to the nearest multiple of `step`, as rents are quoted. */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A share between 0 and 1 with three decimals, as the risk columns (numeric(4,3)) hold it. */
export function share(value: number): number {
  return Math.round(clamp(value, 0, 1) * 1000) / 1000;
}
