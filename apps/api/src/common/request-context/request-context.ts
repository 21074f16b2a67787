import { AsyncLocalStorage } from 'node:async_hooks';
import { AuthContext, ClientInfo } from '../../auth/auth-context';

/**
 * What is known about the request being served, anywhere in its async call tree: its id
 * (also in the X-Request-Id header and on every log line), the client, and the caller once
 * authentication has established them. Background work started by a request (domain event
 * handlers, mail) keeps its context.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly client: ClientInfo;
  caller: AuthContext | undefined;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being served, or undefined outside one (start-up, timers). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function runInRequestContext<T>(context: RequestContext, run: () => T): T {
  return storage.run(context, run);
}
