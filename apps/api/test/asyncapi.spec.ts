import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AsyncAPIDocumentInterface, Diagnostic, DiagnosticSeverity, Parser } from '@asyncapi/parser';
import {
  CHAT_CLIENT_EVENT_NAMES,
  CHAT_CLIENT_MESSAGE_ID_MAX_LENGTH,
  CHAT_EMOJI_MAX_LENGTH,
  CHAT_HANDSHAKE_REFUSALS,
  CHAT_MESSAGE_MAX_LENGTH,
  CHAT_SERVER_EVENT_NAMES,
  CHAT_SOCKET_ERROR_CODES,
  CHAT_SOCKET_PATH,
  ERROR_CODES,
} from '@ownerdash/contracts';
import { SYNC_MAX_CONVERSATIONS } from '../src/chat/realtime/socket-payloads.dto';

const DOCUMENT_PATH = join(__dirname, '..', '..', '..', 'docs', 'realtime', 'asyncapi.yaml');

/** Socket.IO's own events the document describes besides the API's. */
const SOCKET_IO_EVENTS = ['connect_error'];

interface Schema {
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly enum?: readonly string[];
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
}

describe('the AsyncAPI document of the chat (docs/realtime/asyncapi.yaml)', () => {
  const parser = new Parser();
  const source = readFileSync(DOCUMENT_PATH, 'utf8');
  let document: AsyncAPIDocumentInterface;

  beforeAll(async () => {
    const parsed = await parser.parse(source);
    if (!parsed.document) {
      throw new Error(`The document does not parse:\n${explain(parsed.diagnostics)}`);
    }
    document = parsed.document;
  });

  function explain(list: readonly Diagnostic[]): string {
    return list.map((item) => `${item.code} at ${item.path.join('.') || '(root)'}: ${item.message}`).join('\n');
  }

  function schema(name: string): Schema {
    const found = document.components().schemas().get(name);
    if (!found) {
      throw new Error(`No schema ${name} under components`);
    }
    return found.json() as Schema;
  }

  /** The Socket.IO event names of the operations with this action, acknowledgements aside. */
  function events(action: 'send' | 'receive'): string[] {
    return document
      .operations()
      .all()
      .filter((operation) => operation.action() === action)
      .flatMap((operation) =>
        operation
          .messages()
          .all()
          .map((message) => message.name() ?? `(${message.id()})`),
      )
      .sort();
  }

  it('is a valid AsyncAPI 3.0.0 document', async () => {
    const diagnostics = await parser.validate(source);
    const errors = diagnostics.filter((item) => item.severity === DiagnosticSeverity.Error);

    expect(explain(errors)).toBe('');
    expect(document.version()).toBe('3.0.0');
  });

  it('has an operation for every event of the contracts’ event maps, and none more', () => {
    expect(events('send')).toEqual([...CHAT_CLIENT_EVENT_NAMES].sort());
    expect(events('receive')).toEqual([...CHAT_SERVER_EVENT_NAMES, ...SOCKET_IO_EVENTS].sort());
  });

  it('gives every event the client sends the acknowledgement as its reply', () => {
    const unanswered = document
      .operations()
      .all()
      .filter((operation) => operation.action() === 'send')
      .filter((operation) => (operation.reply()?.messages().all() ?? []).length === 0)
      .map((operation) => operation.id());

    expect(unanswered).toEqual([]);
  });

  it('serves the socket at the path of the contracts', () => {
    const pathnames = document
      .servers()
      .all()
      .map((server) => server.pathname());

    expect(pathnames).toEqual([CHAT_SOCKET_PATH]);
  });

  it('states the limits the API enforces', () => {
    expect(schema('SendMessagePayload').properties?.['content']?.maxLength).toBe(CHAT_MESSAGE_MAX_LENGTH);
    expect(schema('ChatMessage').properties?.['content']?.maxLength).toBe(CHAT_MESSAGE_MAX_LENGTH);
    expect(schema('ClientMessageId').maxLength).toBe(CHAT_CLIENT_MESSAGE_ID_MAX_LENGTH);
    expect(schema('Reaction').properties?.['emoji']?.maxLength).toBe(CHAT_EMOJI_MAX_LENGTH);
    expect(schema('SyncPayload').properties?.['conversations']?.maxItems).toBe(SYNC_MAX_CONVERSATIONS);
  });

  it('names the handshake’s refusals and the acknowledgements’ error codes as the code does', () => {
    const socketCodes: string[] = Object.values(CHAT_SOCKET_ERROR_CODES);
    const restCodes: string[] = Object.values(ERROR_CODES);
    const documented = schema('KnownChatErrorCode').enum ?? [];

    expect([...(schema('HandshakeRefusalReason').enum ?? [])].sort()).toEqual([...CHAT_HANDSHAKE_REFUSALS].sort());
    expect(documented.filter((code) => socketCodes.includes(code))).toEqual(socketCodes);
    expect(documented.filter((code) => !socketCodes.includes(code) && !restCodes.includes(code))).toEqual([]);
  });
});
