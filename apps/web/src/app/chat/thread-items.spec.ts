import type { ChatMessage } from '@ownerdash/contracts';
import { threadItems } from './thread-items';

function at(seq: number, createdAt: string): ChatMessage {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientMessageId: `client-${seq}`,
    sender: null,
    content: 'hi',
    replyToId: null,
    reactions: [],
    createdAt,
    editedAt: null,
    deletedAt: null,
  };
}

describe('threadItems', () => {
  it('puts a day separator before the first message of each day', () => {
    const now = new Date(2026, 2, 3, 12).getTime();
    const items = threadItems(
      [
        at(1, new Date(2026, 2, 1, 9).toISOString()),
        at(2, new Date(2026, 2, 2, 9).toISOString()),
        at(3, new Date(2026, 2, 2, 17).toISOString()),
        at(4, new Date(2026, 2, 3, 8).toISOString()),
      ],
      now,
    );

    expect(items.map((item) => (item.kind === 'day' ? item.label : item.message.seq))).toEqual([
      expect.stringContaining('Mar'),
      1,
      'Yesterday',
      2,
      3,
      'Today',
      4,
    ]);
  });
});
