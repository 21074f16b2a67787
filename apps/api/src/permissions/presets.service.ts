import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { ApiException } from '../common/api-exception';
import { PermissionPreset } from './permission-preset.entity';
import { CreatePresetDto, PresetDto, PresetListDto, UpdatePresetDto } from './presets.dto';
import { PropertyAccessStore } from './property-access.store';

const UNIQUE_VIOLATION = '23505';

export function toPresetDto(preset: PermissionPreset): PresetDto {
  return {
    id: preset.id,
    name: preset.name,
    role: preset.role,
    tabs: preset.tabs,
    views: preset.views,
    propertyIds: preset.propertyIds,
    createdAt: preset.createdAt.toISOString(),
    updatedAt: preset.updatedAt.toISOString(),
  };
}

/** Permission presets of one organization: named bundles of role, tree and optional scope. */
@Injectable()
export class PresetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly propertyAccess: PropertyAccessStore,
  ) {}

  async list(auth: AuthContext): Promise<PresetListDto> {
    const presets = await this.dataSource.manager.find(PermissionPreset, {
      where: { organizationId: auth.organizationId },
      order: { name: 'ASC' },
    });
    return { items: presets.map(toPresetDto) };
  }

  async create(auth: AuthContext, dto: CreatePresetDto): Promise<PresetDto> {
    return this.dataSource.transaction(async (manager) => {
      const preset = manager.create(PermissionPreset, {
        organizationId: auth.organizationId,
        name: dto.name,
        role: dto.role,
        tabs: dto.tabs ?? {},
        views: dto.views ?? {},
        propertyIds: await this.scopeOf(manager, auth, dto.propertyIds ?? null),
      });
      return toPresetDto(await this.saveNamed(manager, preset));
    });
  }

  async update(auth: AuthContext, presetId: string, dto: UpdatePresetDto): Promise<PresetDto> {
    return this.dataSource.transaction(async (manager) => {
      const preset = await this.findOrFail(manager, auth.organizationId, presetId);
      Object.assign(preset, {
        ...(dto.name !== undefined ? { name: dto.name } : {}),
        ...(dto.role !== undefined ? { role: dto.role } : {}),
        ...(dto.tabs !== undefined ? { tabs: dto.tabs } : {}),
        ...(dto.views !== undefined ? { views: dto.views } : {}),
        ...(dto.propertyIds !== undefined ? { propertyIds: await this.scopeOf(manager, auth, dto.propertyIds) } : {}),
      });
      return toPresetDto(await this.saveNamed(manager, preset));
    });
  }

  async remove(auth: AuthContext, presetId: string): Promise<void> {
    const preset = await this.findOrFail(this.dataSource.manager, auth.organizationId, presetId);
    await this.dataSource.manager.remove(preset);
  }

  async findOrFail(manager: EntityManager, organizationId: string, presetId: string): Promise<PermissionPreset> {
    const preset = await manager.findOneBy(PermissionPreset, { id: presetId, organizationId });
    if (!preset) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        message: 'There is no preset with this id in your organization.',
      });
    }
    return preset;
  }

  private async scopeOf(manager: EntityManager, auth: AuthContext, propertyIds: string[] | null) {
    return propertyIds === null ? null : this.propertyAccess.ownProperties(manager, auth.organizationId, propertyIds);
  }

  private async saveNamed(manager: EntityManager, preset: PermissionPreset): Promise<PermissionPreset> {
    try {
      return await manager.save(preset);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ApiException(HttpStatus.CONFLICT, {
          message: `A preset named "${preset.name}" already exists.`,
          code: ERROR_CODES.presetNameTaken,
        });
      }
      throw error;
    }
  }
}
