import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { propertyScopeCondition } from '../permissions/property-scope';
import { PropertyListDto } from './properties.dto';
import { Property } from './property.entity';

@Injectable()
export class PropertiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  /** The properties in the caller's scope, by name. */
  async list(auth: AuthContext): Promise<PropertyListDto> {
    const { scope } = await this.permissions.of(auth);
    const condition = propertyScopeCondition('p', scope);
    const properties = await this.dataSource
      .getRepository(Property)
      .createQueryBuilder('p')
      .select(['p.id', 'p.name', 'p.slug'])
      .where(condition.where, condition.parameters)
      .orderBy('p.name')
      .getMany();
    return { items: properties.map(({ id, name, slug }) => ({ id, name, slug })) };
  }
}
