import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { PortfolioPropertiesModule } from '../portfolio/properties/portfolio-properties.module';
import { ViewAnswersModule } from '../portfolio/views/answers/view-answers.module';
import { ChartReferences } from './chart-references';
import { ChatNotifications } from './chat-notifications';
import { ConversationAccess } from './conversation-access';
import { ConversationCreation } from './conversation-creation';
import { ConversationDirectory } from './conversation-directory';
import { ConversationMembers } from './conversation-members';
import { ConversationsController } from './conversations.controller';
import { CurrentReferences } from './current-references';
import { MessageChanges } from './message-changes';
import { MessageHistory } from './message-history';
import { MessagePosting } from './message-posting';
import { MessageSearch } from './message-search';
import { MessagesController } from './messages.controller';
import { PeopleController } from './people.controller';
import { PeopleDirectory } from './people-directory';
import { ReadState } from './read-state';
import { ReadStateController } from './read-state.controller';
import { ChatGateway } from './realtime/chat.gateway';
import { ChatFanout } from './realtime/chat-fanout';
import { ChatPresence } from './realtime/chat-presence';
import { MemoryPresenceStore } from './realtime/memory-presence-store';
import { PresenceStore } from './realtime/presence-store';
import { RedisPresenceStore } from './realtime/redis-presence-store';
import { SocketCallers } from './realtime/socket-callers';
import { ReferenceRights } from './reference-rights';
import { ReferenceSnapshots } from './reference-snapshots';
import { ReferencesController } from './references.controller';
import { RowReferences } from './row-references';
import { SearchController } from './search.controller';
import { SendRateLimit } from './send-rate-limit';

/**
 * Conversations, their members and messages, read state, who is online, the people to talk to,
 * search, and their Socket.IO gateway; owns the `chat_*` tables.
 */
@Module({
  imports: [AuthModule, NotificationsModule, PermissionsModule, PortfolioPropertiesModule, ViewAnswersModule],
  controllers: [
    ConversationsController,
    MessagesController,
    PeopleController,
    ReadStateController,
    ReferencesController,
    SearchController,
  ],
  providers: [
    ChartReferences,
    ChatFanout,
    ChatGateway,
    ChatNotifications,
    ChatPresence,
    ConversationAccess,
    ConversationCreation,
    ConversationDirectory,
    ConversationMembers,
    CurrentReferences,
    MessageChanges,
    MessageHistory,
    MessagePosting,
    MessageSearch,
    PeopleDirectory,
    ReferenceRights,
    ReferenceSnapshots,
    RowReferences,
    ReadState,
    SocketCallers,
    {
      provide: SendRateLimit,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SendRateLimit(config.chatSendRate, config.chatSendBurst),
    },
    {
      // Presence is shared by the instances that share a Redis, as their rooms are.
      provide: PresenceStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.redisUrl
          ? new RedisPresenceStore(config.redisUrl, config.redisChannelPrefix)
          : new MemoryPresenceStore(),
    },
  ],
})
export class ChatModule {}
