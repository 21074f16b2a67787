import { ConcurrencyLimiter, NoSlotAvailable } from './concurrency-limiter';

/** A task that runs until the test finishes it by hand. */
class HeldTask {
  started = false;
  private finish!: (value: string) => void;
  private fail!: (error: Error) => void;

  constructor(private readonly name: string) {}

  readonly run = (): Promise<string> => {
    this.started = true;
    return new Promise<string>((resolve, reject) => {
      this.finish = resolve;
      this.fail = reject;
    });
  };

  done(): void {
    this.finish(this.name);
  }

  crash(): void {
    this.fail(new Error(`${this.name} crashed`));
  }
}

/** Lets every promise callback already due run, without moving the (fake) clock. */
const settle = () => jest.advanceTimersByTimeAsync(0);

describe('ConcurrencyLimiter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs up to its concurrency at once; the next waits for a free slot', async () => {
    const limiter = new ConcurrencyLimiter({ concurrency: 2, queue: 1, maxWaitMs: 2000 });
    const [a, b, c] = [new HeldTask('a'), new HeldTask('b'), new HeldTask('c')];

    const running = [limiter.run(a.run), limiter.run(b.run)];
    const waiting = limiter.run(c.run);
    await settle();
    expect([a.started, b.started, c.started]).toEqual([true, true, false]);

    b.done();
    await expect(running[1]).resolves.toBe('b');
    await settle();
    expect(c.started).toBe(true);

    a.done();
    c.done();
    await expect(Promise.all([running[0], waiting])).resolves.toEqual(['a', 'c']);
  });

  it('hands free slots to waiters in the order they came', async () => {
    const limiter = new ConcurrencyLimiter({ concurrency: 1, queue: 2, maxWaitMs: 2000 });
    const [a, b, c] = [new HeldTask('a'), new HeldTask('b'), new HeldTask('c')];
    const results = [limiter.run(a.run), limiter.run(b.run), limiter.run(c.run)];
    await settle();

    a.done();
    await settle();
    expect([b.started, c.started]).toEqual([true, false]);
    b.done();
    await settle();
    expect(c.started).toBe(true);
    c.done();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c']);
  });

  it('refuses a task at once when the queue is full, without running it', async () => {
    const limiter = new ConcurrencyLimiter({ concurrency: 1, queue: 1, maxWaitMs: 2000 });
    const [a, b, c] = [new HeldTask('a'), new HeldTask('b'), new HeldTask('c')];
    const first = limiter.run(a.run);
    const second = limiter.run(b.run);

    await expect(limiter.run(c.run)).rejects.toBeInstanceOf(NoSlotAvailable);
    expect(c.started).toBe(false);

    a.done();
    await settle();
    b.done();
    await expect(Promise.all([first, second])).resolves.toEqual(['a', 'b']);
  });

  it('refuses every task beyond its concurrency when it has no queue', async () => {
    const limiter = new ConcurrencyLimiter({ concurrency: 1, queue: 0, maxWaitMs: 2000 });
    const [a, b] = [new HeldTask('a'), new HeldTask('b')];
    const first = limiter.run(a.run);

    await expect(limiter.run(b.run)).rejects.toBeInstanceOf(NoSlotAvailable);
    expect(b.started).toBe(false);
    a.done();
    await expect(first).resolves.toBe('a');
  });

  it('refuses a waiter whose maximum wait has passed, and gives the slot to the next one', async () => {
    const limiter = new ConcurrencyLimiter({ concurrency: 1, queue: 2, maxWaitMs: 2000 });
    const [a, b, c] = [new HeldTask('a'), new HeldTask('b'), new HeldTask('c')];
    const first = limiter.run(a.run);
    let refusal: unknown;
    const expired = limiter.run(b.run).catch((error: unknown) => (refusal = error));

    await jest.advanceTimersByTimeAsync(1000);
    const later = limiter.run(c.run);
    await jest.advanceTimersByTimeAsync(999);
    expect(refusal).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    await expired;
    expect(refusal).toBeInstanceOf(NoSlotAvailable);

    a.done();
    await settle();
    expect([b.started, c.started]).toEqual([false, true]);
    c.done();
    await expect(Promise.all([first, later])).resolves.toEqual(['a', 'c']);
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = new ConcurrencyLimiter({ concurrency: 1, queue: 1, maxWaitMs: 2000 });
    const [a, b] = [new HeldTask('a'), new HeldTask('b')];
    const failing = limiter.run(a.run);
    const next = limiter.run(b.run);
    await settle();

    a.crash();
    await expect(failing).rejects.toThrow('a crashed');
    await settle();
    expect(b.started).toBe(true);
    b.done();
    await expect(next).resolves.toBe('b');
  });

  it('refuses limits that cannot work', () => {
    expect(() => new ConcurrencyLimiter({ concurrency: 0, queue: 0, maxWaitMs: 0 })).toThrow(RangeError);
    expect(() => new ConcurrencyLimiter({ concurrency: 1, queue: -1, maxWaitMs: 0 })).toThrow(RangeError);
    expect(() => new ConcurrencyLimiter({ concurrency: 1, queue: 0, maxWaitMs: 1.5 })).toThrow(RangeError);
  });
});
