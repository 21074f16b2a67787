import type { ChatMessage } from './chat-events';
import { ChatTimeline } from './chat-timeline';

function message(seq: number, changes: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientMessageId: `client-${seq}`,
    sender: { id: 'u1', displayName: 'Ana' },
    content: `message ${seq}`,
    replyToId: null,
    reactions: [],
    createdAt: `2026-03-01T10:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    editedAt: null,
    deletedAt: null,
    ...changes,
  };
}

const seqs = (timeline: ChatTimeline) => timeline.messages.map((held) => held.seq);

describe('ChatTimeline', () => {
  it('appends messages in seq order and shows a repeated one once', () => {
    const timeline = new ChatTimeline();

    expect(timeline.applyLive(message(1))).toBe('appended');
    expect(timeline.applyLive(message(2))).toBe('appended');
    expect(timeline.applyLive(message(2))).toBe('replaced');

    expect(seqs(timeline)).toEqual([1, 2]);
    expect(timeline.newestSeq).toBe(2);
  });

  it('keeps a message that skips ahead aside until a sync fills the gap', () => {
    const timeline = new ChatTimeline();
    timeline.applyLive(message(1));

    expect(timeline.applyLive(message(4))).toBe('gap');
    expect(timeline.applyLive(message(3))).toBe('gap');
    expect(seqs(timeline)).toEqual([1]);
    expect(timeline.hasGap).toBe(true);

    expect(timeline.applySync([message(2), message(3)])).toBe(true);

    expect(seqs(timeline)).toEqual([1, 2, 3, 4]);
    expect(timeline.hasGap).toBe(false);
  });

  it('takes sync pages that overlap what it holds without repeating anything', () => {
    const timeline = new ChatTimeline(10);
    timeline.applySync([message(11), message(12)]);

    timeline.applySync([message(12), message(13), message(14)]);

    expect(seqs(timeline)).toEqual([11, 12, 13, 14]);
    expect(timeline.oldestSeq).toBe(11);
  });

  it('prepends older history and ignores live copies older than the oldest held', () => {
    const timeline = new ChatTimeline(20);
    timeline.applySync([message(21), message(22)]);

    timeline.prependHistory([message(18), message(19), message(20)]);
    expect(timeline.applyLive(message(5))).toBe('ignored');

    expect(seqs(timeline)).toEqual([18, 19, 20, 21, 22]);
    expect(timeline.oldestSeq).toBe(18);
  });

  it('does not prepend history that would leave a hole', () => {
    const timeline = new ChatTimeline(20);
    timeline.applySync([message(21)]);

    timeline.prependHistory([message(15), message(16)]);

    expect(seqs(timeline)).toEqual([21]);
  });

  it('keeps the later state of a message when its events overtake each other', () => {
    const timeline = new ChatTimeline();
    timeline.applyLive(message(1));
    const deleted = message(1, { content: '', deletedAt: '2026-03-01T11:00:00.000Z' });
    const edited = message(1, { content: 'fixed', editedAt: '2026-03-01T10:30:00.000Z' });

    timeline.applyLive(deleted);
    timeline.applyLive(edited);

    expect(timeline.find('m1')).toEqual(deleted);
  });

  it('hands out the same array until something changes', () => {
    const timeline = new ChatTimeline();
    timeline.applyLive(message(1));
    const first = timeline.messages;

    timeline.applySync([]);
    expect(timeline.messages).toBe(first);

    timeline.applyLive(message(2));
    expect(timeline.messages).not.toBe(first);
  });
});
