import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, SignedIn, signIn } from './sessions';
import { TestApp } from './test-app';
import { createUser } from './users';

export const COLLEAGUE_PASSWORD = 'colleague passphrase 2026';

/** A new active user of the organization, signed in; the display name is the part before the @. */
export async function colleague(
  testApp: TestApp,
  name: string,
  options: { organization?: string; role?: 'admin' | 'user' } = {},
): Promise<SignedIn> {
  const organization = options.organization ?? 'phh';
  const email = `${name}@${organization}.example`;
  await createUser(testApp, { email, password: COLLEAGUE_PASSWORD, organization, role: options.role });
  return signIn(testApp, email, COLLEAGUE_PASSWORD);
}

export interface ConversationSummary {
  readonly id: string;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export async function startConversation(testApp: TestApp, who: SignedIn, body: object): Promise<ConversationSummary> {
  const response = await request(testApp.server).post('/api/chat/conversations').set(bearer(who)).send(body);
  return { id: response.body.id, status: response.status, body: response.body };
}

/** Sends a message with a fresh clientMessageId unless one is given; answers the raw response. */
export function sendMessage(
  testApp: TestApp,
  who: SignedIn,
  conversationId: string,
  content: string,
  extra: { clientMessageId?: string; replyToId?: string } = {},
): request.Test {
  return request(testApp.server)
    .post(`/api/chat/conversations/${conversationId}/messages`)
    .set(bearer(who))
    .send({ content, clientMessageId: extra.clientMessageId ?? randomUUID(), ...extra });
}

export async function history(
  testApp: TestApp,
  who: SignedIn,
  conversationId: string,
  query: Record<string, number> = {},
): Promise<{ items: { seq: number; content: string; clientMessageId: string }[]; hasMore: boolean }> {
  const response = await request(testApp.server)
    .get(`/api/chat/conversations/${conversationId}/messages`)
    .query(query)
    .set(bearer(who))
    .expect(200);
  return response.body;
}
