import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * A real SMTP server in the test process: the API sends through the SMTP protocol, and
 * tests read what arrived, parsed as a mail client would.
 */
export class SmtpCapture {
  readonly messages: CapturedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(toCaptured(mail));
          done();
        })
        .catch((error: Error) => done(error));
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next message to this address matching the subject, waiting for it to arrive. */
  async waitFor(to: string, subject: RegExp, timeoutMs = 10_000): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex((mail) => mail.to === to && subject.test(mail.subject));
      if (index >= 0) {
        return this.messages.splice(index, 1)[0] as CapturedMail;
      }
      if (Date.now() > deadline) {
        throw new Error(`no mail "${subject}" to ${to} within ${timeoutMs} ms (got: ${JSON.stringify(this.messages)})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function toCaptured(mail: ParsedMail): CapturedMail {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return {
    to: to?.value[0]?.address ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
  };
}

/** The token of the first link to the given web app page in a message. */
export function linkToken(mail: CapturedMail, page: 'accept-invite' | 'reset-password'): string {
  const match = new RegExp(`https?://[^\\s]+/${page}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) {
    throw new Error(`no ${page} link in: ${mail.text}`);
  }
  return match[1];
}
