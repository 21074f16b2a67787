/** Length limits for new passwords (NIST SP 800-63B: length over composition rules). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
