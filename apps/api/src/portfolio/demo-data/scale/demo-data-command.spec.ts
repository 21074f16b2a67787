import { parseDemoDataArguments, runDemoDataCommand } from './demo-data-command';

function capture() {
  const text: string[] = [];
  return { write: (chunk: string) => text.push(chunk), text: () => text.join('') };
}

describe('demo-data command', () => {
  it('reads --scale, --seed and --as-of, with a space or an equals sign', () => {
    expect(parseDemoDataArguments(['--scale', '300'])).toEqual({ scale: 300, seed: undefined, asOf: undefined });
    expect(parseDemoDataArguments(['--scale=5', '--seed', 'x', '--as-of=2026-03-31'])).toEqual({
      scale: 5,
      seed: 'x',
      asOf: '2026-03-31',
    });
  });

  it('refuses missing, repeated, unknown and malformed arguments', () => {
    expect(() => parseDemoDataArguments([])).toThrow('--scale is required');
    expect(() => parseDemoDataArguments(['--scale'])).toThrow('--scale needs a value');
    expect(() => parseDemoDataArguments(['--scale', '2', '--scale', '3'])).toThrow('unexpected argument "--scale"');
    expect(() => parseDemoDataArguments(['--scale', '2', '--fast'])).toThrow('unexpected argument "--fast"');
    expect(() => parseDemoDataArguments(['--scale', 'many'])).toThrow(/--scale must be a whole number/);
    expect(() => parseDemoDataArguments(['--scale', '0'])).toThrow(/--scale must be a whole number/);
    expect(() => parseDemoDataArguments(['--scale', '2', '--as-of', '2026-02-30'])).toThrow(/not a date/);
  });

  it('says which environment variables are missing before connecting anywhere', async () => {
    const out = capture();
    const err = capture();
    expect(await runDemoDataCommand(['--scale', '2'], {}, out, err)).toBe(2);
    expect(err.text()).toContain('Set DATABASE_URL (the postgres:// URL of the database to fill) and DEMO_PASSWORD');
    expect(out.text()).toBe('');
  });
});
