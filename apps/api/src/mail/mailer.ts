import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The link the message carries, logged when mail goes to the outbox folder. */
  readonly link: string;
}

/**
 * Sends mail through SMTP_URL, or, without it, writes each message as an .eml file under
 * DATA_DIR/outbox and logs where, so a developer can follow the link without a mail server.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  private readonly outbox: string | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(config.smtpUrl);
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outbox = join(config.dataDir, 'outbox');
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    const { link, ...message } = mail;
    const info = (await this.transport.sendMail({ from: this.config.mailFrom, ...message })) as { message?: Buffer };
    if (this.outbox && info.message) {
      mkdirSync(this.outbox, { recursive: true, mode: 0o700 });
      const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
      writeFileSync(file, info.message, { mode: 0o600 });
      // The link carries a one-time token: shown to developers, never in a production log.
      const shown = this.config.nodeEnv === 'production' ? '' : `; its link: ${link}`;
      this.logger.log(`No SMTP_URL: mail "${mail.subject}" written to ${file}${shown}`);
    }
  }
}
