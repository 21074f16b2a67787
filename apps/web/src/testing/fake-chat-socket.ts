import type { ChatSocket } from '../app/chat/chat-connection';

type Handler = (...args: unknown[]) => void;
/** What the fake server answers to an acknowledged event; `lost` never answers (a dropped connection). */
export type FakeAnswer = object | 'lost';

/**
 * A Socket.IO client socket with a scripted server: tests say what each event is answered with,
 * send server events, and cut or restore the connection.
 */
export class FakeChatSocket {
  connected = false;
  active = false;
  readonly sent: { event: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, Handler[]>();
  private readonly answers = new Map<string, (payload: never) => FakeAnswer>();

  /** The socket as the app sees it. */
  asSocket(): ChatSocket {
    return this as unknown as ChatSocket;
  }

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    this.sent.push({ event, payload });
    const answer = this.answerOf(event, payload);
    if (ack && answer !== 'lost') {
      ack(answer);
    }
    return this;
  }

  timeout(): {
    emit: (event: string, payload: unknown, ack: (error: Error | null, answer?: unknown) => void) => void;
    emitWithAck: (event: string, payload: unknown) => Promise<unknown>;
  } {
    return {
      emit: (event, payload, ack) => {
        this.sent.push({ event, payload });
        const answer = this.answerOf(event, payload);
        ack(answer === 'lost' ? new Error('operation has timed out') : null, answer === 'lost' ? undefined : answer);
      },
      emitWithAck: (event, payload) => {
        this.sent.push({ event, payload });
        const answer = this.answerOf(event, payload);
        return answer === 'lost' ? Promise.reject(new Error('operation has timed out')) : Promise.resolve(answer);
      },
    };
  }

  connect(): this {
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.active = false;
    if (this.connected) {
      this.connected = false;
      this.fire('disconnect', 'io client disconnect');
    }
    return this;
  }

  /** The server answers `event` with what `answer` returns for its payload. */
  respond(event: string, answer: (payload: never) => FakeAnswer): void {
    this.answers.set(event, answer);
  }

  /** The connection comes up (again). */
  comeOnline(): void {
    this.active = true;
    this.connected = true;
    this.fire('connect');
  }

  /** The network drops: Socket.IO keeps trying to reconnect. */
  dropConnection(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  /** The server sends an event. */
  fire(event: string, ...args: unknown[]): void {
    (this.handlers.get(event) ?? []).forEach((handler) => handler(...args));
  }

  sentOf(event: string): unknown[] {
    return this.sent.filter((entry) => entry.event === event).map((entry) => entry.payload);
  }

  private answerOf(event: string, payload: unknown): FakeAnswer {
    const answer = this.answers.get(event);
    return answer ? answer(payload as never) : { ok: true };
  }
}
