import { Logger } from '@nestjs/common';
import { caughtPublishes } from './chat-io-adapter';

class FakeClient {
  readonly #published: string[] = [];
  failing = false;

  async publish(channel: string): Promise<number> {
    if (this.failing) {
      throw new Error('Socket closed unexpectedly');
    }
    this.#published.push(channel);
    return 1;
  }

  published(): string[] {
    return this.#published;
  }
}

describe('caughtPublishes', () => {
  it('logs a publish that fails instead of rejecting, and passes the rest through', async () => {
    const client = new FakeClient();
    const logger = { warn: jest.fn() } as unknown as Logger;
    const wrapped = caughtPublishes(client, logger);

    await expect(wrapped.publish('before')).resolves.toBe(1);
    client.failing = true;
    await expect(wrapped.publish('during')).resolves.toBeUndefined();

    expect(wrapped.published()).toEqual(['before']);
    expect(logger.warn).toHaveBeenCalledWith('Redis publish: Socket closed unexpectedly');
  });
});
