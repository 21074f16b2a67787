import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldCipher } from '../field-encryption/field-cipher';
import { Organization } from '../organizations/organization.entity';
import { Property } from '../organizations/property.entity';
import { generatePortfolio } from '../portfolio/demo-data/portfolio-generator';
import { writePortfolio } from '../portfolio/demo-data/portfolio-writer';
import { yesterdayUtc } from '../portfolio/demo-data/utc-days';
import { User } from '../users/user.entity';
import { DEMO_ORGANIZATIONS, slugify } from './demo-organizations';

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.txt';

/**
 * Fills an empty database with the demo organizations and one admin each, so a fresh
 * installation can be signed into. The password comes from DEMO_PASSWORD or is random,
 * shown once and kept in the data folder, readable by its owner only. Unless DEMO_PORTFOLIO
 * is false, their portfolios get generated data up to yesterday, the same for every
 * installation seeded on the same day.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const password = this.config.demoPassword ?? randomBytes(18).toString('base64url');
    const seeded = await this.seed(password);
    if (seeded && !this.config.demoPassword) {
      this.announce(password);
    }
  }

  /** Seeds when there are no users; false when there were some already. */
  async seed(password: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Two instances starting together on an empty database must not both seed.
      await manager.query('LOCK TABLE users IN EXCLUSIVE MODE');
      if ((await manager.count(User)) > 0) {
        return false;
      }
      const passwordHash = await this.hasher.hash(password);
      const asOf = yesterdayUtc(this.clock.now());
      for (const demo of DEMO_ORGANIZATIONS) {
        const organization = await manager.save(manager.create(Organization, { name: demo.name, slug: demo.slug }));
        await manager.insert(
          Property,
          demo.propertyNames.map((name) => ({ organizationId: organization.id, name, slug: slugify(name) })),
        );
        await manager.insert(User, {
          organizationId: organization.id,
          email: demo.adminEmail,
          passwordHash,
          displayName: demo.adminName,
          role: 'admin',
        });
        if (this.config.demoPortfolio) {
          await this.fillPortfolio(manager, organization, asOf);
        }
      }
      this.logger.log(`Seeded the demo organizations ${DEMO_ORGANIZATIONS.map((demo) => demo.name).join(' and ')}`);
      return true;
    });
  }

  /** In the seeding transaction, so a start that fails half-way leaves an empty database to seed again. */
  private async fillPortfolio(manager: EntityManager, organization: Organization, asOf: string): Promise<void> {
    const started = Date.now();
    const properties = await manager.findBy(Property, { organizationId: organization.id });
    const written = await writePortfolio(
      manager,
      generatePortfolio({ seed: organization.slug, asOf, properties }),
      this.cipher,
    );
    this.logger.log(
      `Filled the ${organization.name} portfolio up to ${asOf}: ${written.units} units, ` +
        `${written.dailyMetrics} daily metrics in ${Date.now() - started} ms`,
    );
  }

  private announce(password: string): void {
    const accounts = DEMO_ORGANIZATIONS.map((demo) => demo.adminEmail);
    const file = join(this.config.dataDir, DEMO_CREDENTIALS_FILE);
    mkdirSync(this.config.dataDir, { recursive: true });
    writeFileSync(file, `${accounts.map((email) => `${email} ${password}`).join('\n')}\n`, { mode: 0o600 });
    // Printed once, straight to the terminal and never to the structured log.
    process.stdout.write(
      [
        '',
        'Demo accounts created (shown only this once; also saved to ' + file + '):',
        ...accounts.map((email) => `  ${email}  password: ${password}`),
        '',
      ].join('\n') + '\n',
    );
  }
}
