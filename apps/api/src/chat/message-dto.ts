import { MessageRow } from './chat-rows';
import { MessageDto } from './messages.dto';

export function toMessageDto(row: MessageRow): MessageDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: Number(row.seq),
    clientMessageId: row.clientMessageId,
    sender: row.senderId && row.senderName !== null ? { id: row.senderId, displayName: row.senderName } : null,
    content: row.content,
    replyToId: row.replyToId,
    reactions: row.reactions,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
