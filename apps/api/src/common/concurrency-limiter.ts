export interface ConcurrencyLimits {
  /** Tasks that run at once. */
  readonly concurrency: number;
  /** Tasks that may wait for a slot; one more is refused at once. */
  readonly queue: number;
  /** How long a task may wait for a slot before it is refused. */
  readonly maxWaitMs: number;
}

/** No slot came free in time, or too many were already waiting: try again later. */
export class NoSlotAvailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = NoSlotAvailable.name;
  }
}

interface Waiter {
  readonly start: () => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Runs at most `concurrency` tasks at once, with a short queue in front: a caller beyond the queue,
 * or one that waited `maxWaitMs` in it, is refused (`NoSlotAvailable`) instead of piling up, so a
 * flood of expensive work is answered quickly rather than slowing every other request down.
 */
export class ConcurrencyLimiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: ConcurrencyLimits) {
    const { concurrency, queue, maxWaitMs } = limits;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(`concurrency must be a whole number of at least 1 (got ${concurrency})`);
    }
    if (!Number.isInteger(queue) || queue < 0 || !Number.isInteger(maxWaitMs) || maxWaitMs < 0) {
      throw new RangeError(`queue and maxWaitMs must be whole numbers of at least 0 (got ${queue}, ${maxWaitMs})`);
    }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.handOver();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) {
      return Promise.reject(new NoSlotAvailable(`all ${this.limits.concurrency} slots are busy and the queue is full`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new NoSlotAvailable(`no slot came free within ${this.limits.maxWaitMs} ms`));
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** A finished task's slot goes straight to the longest waiter, so none can overtake it. */
  private handOver(): void {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    } else {
      this.running -= 1;
    }
  }
}
