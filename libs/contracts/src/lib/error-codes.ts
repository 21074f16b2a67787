/**
 * Machine-readable codes carried in the `code` field of an error body, for the
 * cases where a client must react differently than to the HTTP status alone.
 */
export const ERROR_CODES = {
  /** No valid access token: refresh the session and retry. */
  unauthenticated: 'UNAUTHENTICATED',
  /** The session is over (signed out, revoked or expired): sign in again. */
  sessionExpired: 'SESSION_EXPIRED',
  invalidCredentials: 'INVALID_CREDENTIALS',
  tooManyAttempts: 'TOO_MANY_ATTEMPTS',
  /** Too many passwords are being checked at once: retry after the Retry-After header's seconds. */
  serverBusy: 'SERVER_BUSY',
  passwordChangeRequired: 'PASSWORD_CHANGE_REQUIRED',
  validationFailed: 'VALIDATION_FAILED',
  weakPassword: 'WEAK_PASSWORD',
  wrongCurrentPassword: 'WRONG_CURRENT_PASSWORD',
  /** A reset or invitation link that is unknown, used or expired. */
  invalidToken: 'INVALID_OR_EXPIRED_TOKEN',
  /** The change would leave the organization without an active administrator. */
  lastAdmin: 'LAST_ADMIN',
  emailTaken: 'EMAIL_TAKEN',
  presetNameTaken: 'PRESET_NAME_TAKEN',
  /** The caller's permission tree hides the view (or its tab) this route serves. */
  viewNotPermitted: 'VIEW_NOT_PERMITTED',
  adminOnly: 'ADMIN_ONLY',
  /** A requested property is not among those the caller may see. */
  propertyOutOfScope: 'PROPERTY_OUT_OF_SCOPE',
  /** An import was refused as a whole and nothing was written; the body's `report` lists the problems. */
  importRejected: 'IMPORT_REJECTED',
  /** An import's body is over the size or row limit. */
  importTooLarge: 'IMPORT_TOO_LARGE',
  /** The jobId given for an import is taken: every import needs a new one. */
  importJobExists: 'IMPORT_JOB_EXISTS',
  /** More chat messages than the per-user rate allows: retry after the Retry-After header's seconds. */
  chatRateLimited: 'CHAT_RATE_LIMITED',
  /** The clientMessageId was already used by the sender for a message in another conversation. */
  clientMessageIdTaken: 'CLIENT_MESSAGE_ID_TAKEN',
  /** Only the sender may edit a message; only the sender or an admin may delete it. */
  notMessageSender: 'NOT_MESSAGE_SENDER',
  /** Only a group's owners and the organization's admins may change its members. */
  notConversationOwner: 'NOT_CONVERSATION_OWNER',
  /** The account's personal data was erased: it can no longer be changed, reactivated or erased again. */
  accountErased: 'ACCOUNT_ERASED',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** The one error body every API error uses. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly code?: ErrorCode;
  readonly details?: readonly FieldProblem[];
}
