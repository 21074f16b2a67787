import { EffectivePermissions } from '../permissions/effective-permissions';
import { MessageRow } from './chat-rows';
import { MessageDto } from './messages.dto';
import { referenceFor } from './reference-views';

/** The message as this reader may read it: `rights` decide what of its reference they see (null: the type only). */
export function toMessageDto(row: MessageRow, rights: EffectivePermissions | null): MessageDto {
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
    ...(row.reference === null ? {} : { reference: referenceFor(row.reference, rights) }),
  };
}
