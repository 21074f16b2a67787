import { DISPLAY_NAME_MAX_LENGTH } from './field-limits';
import type { FieldMessages } from './text-field';

/** The messages of the fields several forms share, so that they say the same everywhere. */
export const EMAIL_MESSAGES: FieldMessages = {
  required: 'Enter your email address.',
  email: 'Enter an email address like name@example.com.',
};

export const DISPLAY_NAME_MESSAGES: FieldMessages = {
  required: 'Enter the name others see.',
  maxlength: `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
};
