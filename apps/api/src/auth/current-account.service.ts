import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TAB_IDS, VIEW_IDS } from '@ownerdash/contracts';
import { Repository } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { AuthContext } from './auth-context';
import { MeResponseDto } from './auth-responses.dto';
import { toAuthUser } from './auth-user';

@Injectable()
export class CurrentAccountService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  /** The signed-in user with what they may see. Every user sees everything until per-user rights exist. */
  async describe(auth: AuthContext): Promise<MeResponseDto> {
    const user = await this.users.findOneByOrFail({ id: auth.userId });
    const organization = await this.organizations.findOneByOrFail({ id: user.organizationId });
    return {
      user: toAuthUser(user),
      organization: { id: organization.id, name: organization.name },
      permissions: { tabs: [...TAB_IDS], views: [...VIEW_IDS] },
      scope: { allProperties: true, propertyIds: [] },
    };
  }
}
