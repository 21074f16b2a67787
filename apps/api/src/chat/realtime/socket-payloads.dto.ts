import { CHAT_PRESENCE_QUERY_MAX_USERS } from '@ownerdash/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { SendMessageDto } from '../messages.dto';

/** The most conversations one sync may ask for; a client with more syncs in turns. */
export const SYNC_MAX_CONVERSATIONS = 200;

export class ConversationRefDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId!: string;
}

export class SocketSendMessageDto extends SendMessageDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId!: string;
}

export class SocketReadDto extends ConversationRefDto {
  @IsInt({ message: 'seq must be a whole number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  seq!: number;
}

export class SyncConversationDto {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @IsInt({ message: 'afterSeq must be a whole number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  afterSeq!: number;
}

export class SyncDto {
  @IsArray({ message: 'conversations must be a list' })
  @ArrayMaxSize(SYNC_MAX_CONVERSATIONS)
  @ValidateNested({ each: true })
  @Type(() => SyncConversationDto)
  conversations!: SyncConversationDto[];
}

export class PresenceQueryDto {
  @IsArray({ message: 'userIds must be a list of user ids' })
  @ArrayMaxSize(CHAT_PRESENCE_QUERY_MAX_USERS)
  @IsUUID('all', { each: true, message: 'each of userIds must be a UUID' })
  userIds!: string[];
}
