import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { PortfolioPropertiesModule } from '../portfolio/properties/portfolio-properties.module';
import { ViewAnswersModule } from '../portfolio/views/answers/view-answers.module';
import { ChartReferences } from './chart-references';
import { ChatNotifications } from './chat-notifications';
import { ChatPersonalData } from './chat-personal-data';
import { ChatSuggestions } from './chat-suggestions';
import { ConversationAccess } from './conversation-access';
import { ConversationCreation } from './conversation-creation';
import { ConversationDirectory } from './conversation-directory';
import { ConversationMembers } from './conversation-members';
import { ConversationsController } from './conversations.controller';
import { CurrentReferences } from './current-references';
import { EntityRights } from './entity-rights';
import { EntityThreadCounts } from './entity-thread-counts';
import { EntityThreadsController } from './entity-threads.controller';
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
import { SenderErasure } from './sender-erasure';
import { SuggestionsController } from './suggestions.controller';

/**
 * Conversations, their members and messages, read state, who is online, the people to talk to,
 * search, and their Socket.IO gateway; owns the `chat_*` tables.
 */
@Module({
  imports: [AuthModule, NotificationsModule, PermissionsModule, PortfolioPropertiesModule, ViewAnswersModule],
  controllers: [
    ConversationsController,
    EntityThreadsController,
    MessagesController,
    PeopleController,
    ReadStateController,
    ReferencesController,
    SearchController,
    SuggestionsController,
  ],
  providers: [
    ChartReferences,
    ChatFanout,
    ChatGateway,
    ChatPersonalData,
    ChatNotifications,
    ChatPresence,
    ChatSuggestions,
    ConversationAccess,
    ConversationCreation,
    ConversationDirectory,
    ConversationMembers,
    EntityRights,
    EntityThreadCounts,
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
    SenderErasure,
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
  exports: [ChatPersonalData, SenderErasure],
})
export class ChatModule {}
