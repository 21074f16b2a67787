import { Accounts1795305600000 } from './1795305600000-accounts';
import { TeamManagement1795392000000 } from './1795392000000-team-management';
import { Portfolio1795478400000 } from './1795478400000-portfolio';
import { ImportJobs1795564800000 } from './1795564800000-import-jobs';
import { ImportJobHeartbeat1795651200000 } from './1795651200000-import-job-heartbeat';
import { UnloggedAttemptCounters1795737600000 } from './1795737600000-unlogged-attempt-counters';
import { PropertySummaries1795824000000 } from './1795824000000-property-summaries';
import { PropertySummariesBackfill1795910400000 } from './1795910400000-property-summaries-backfill';
import { Chat1796256000000 } from './1796256000000-chat';
import { ChatSearch1796428800000 } from './1796428800000-chat-search';
import { Notifications1796515200000 } from './1796515200000-notifications';
import { ChatIndexes1796601600000 } from './1796601600000-chat-indexes';
import { ChatReferences1796688000000 } from './1796688000000-chat-references';
import { Audit1796774400000 } from './1796774400000-audit';
import { FieldEncryption1796860800000 } from './1796860800000-field-encryption';
import { PrivacyErasure1796947200000 } from './1796947200000-privacy-erasure';
import { ChatEntityThreads1797120000000 } from './1797120000000-chat-entity-threads';
import { NotificationPreferences1797120000001 } from './1797120000001-notification-preferences';

/**
 * Every migration, in order. Listed explicitly because the API is bundled by webpack,
 * where a glob over the source folder would find nothing. Never edit a landed migration.
 */
export const MIGRATIONS = [
  Accounts1795305600000,
  TeamManagement1795392000000,
  Portfolio1795478400000,
  ImportJobs1795564800000,
  ImportJobHeartbeat1795651200000,
  UnloggedAttemptCounters1795737600000,
  PropertySummaries1795824000000,
  PropertySummariesBackfill1795910400000,
  Chat1796256000000,
  ChatSearch1796428800000,
  Notifications1796515200000,
  ChatIndexes1796601600000,
  ChatReferences1796688000000,
  Audit1796774400000,
  FieldEncryption1796860800000,
  PrivacyErasure1796947200000,
  ChatEntityThreads1797120000000,
  NotificationPreferences1797120000001,
];
