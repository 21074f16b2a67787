import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountLinkMails } from './account-link-mails';
import { Mailer } from './mailer';

@Module({ imports: [OrganizationsModule], providers: [AccountLinkMails, Mailer] })
export class MailModule {}
