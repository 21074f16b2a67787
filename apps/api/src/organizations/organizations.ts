import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Organization } from './organization.entity';

/** The `organizations` table, as other modules read it. */
@Injectable()
export class Organizations {
  constructor(private readonly dataSource: DataSource) {}

  async nameOf(organizationId: string): Promise<string> {
    const organization = await this.dataSource.manager.findOneBy(Organization, { id: organizationId });
    if (!organization) {
      throw new Error(`Organization ${organizationId} does not exist`);
    }
    return organization.name;
  }
}
