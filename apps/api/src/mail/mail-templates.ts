import { OutgoingMail } from './mailer';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function formatExpiry(expiresAt: Date): string {
  return `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Plain text and the same in simple HTML, every interpolated value escaped. */
function mail(to: string, subject: string, link: string, paragraphs: readonly string[], action: string): OutgoingMail {
  const text = [...paragraphs, `${action}: ${link}`, '', '— Ownerdash'].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p style="color: #666; font-size: 0.9em">If the button does not work, open this address: ${escapeHtml(link)}</p>`,
    '<p>— Ownerdash</p></body></html>',
  ].join('\n');
  return { to, subject, text, html, link };
}

export interface InvitationMailInput {
  readonly to: string;
  readonly inviteeName: string;
  readonly inviterName: string;
  readonly organizationName: string;
  readonly link: string;
  readonly expiresAt: Date;
}

export function invitationMail(input: InvitationMailInput): OutgoingMail {
  return mail(
    input.to,
    `${input.inviterName} invited you to ${input.organizationName} on Ownerdash`,
    input.link,
    [
      `Hello ${input.inviteeName},`,
      `${input.inviterName} invited you to the ${input.organizationName} workspace on Ownerdash, the property-portfolio dashboard.`,
      `Choose your password to accept. The link works once and expires on ${formatExpiry(input.expiresAt)}.`,
    ],
    'Accept the invitation',
  );
}

export interface PasswordResetMailInput {
  readonly to: string;
  readonly userName: string;
  readonly organizationName: string;
  readonly link: string;
  readonly expiresAt: Date;
  /** The administrator who asked for the reset, when it was not the user. */
  readonly requestedBy?: string;
}

export function passwordResetMail(input: PasswordResetMailInput): OutgoingMail {
  const reason = input.requestedBy
    ? `${input.requestedBy}, an administrator of ${input.organizationName}, asked for your Ownerdash password to be reset.`
    : `Someone (hopefully you) asked to reset your Ownerdash password for ${input.organizationName}. If it was not you, ignore this message: your password stays as it is.`;
  return mail(
    input.to,
    'Reset your Ownerdash password',
    input.link,
    [`Hello ${input.userName},`, reason, `The link works once and expires on ${formatExpiry(input.expiresAt)}.`],
    'Choose a new password',
  );
}
