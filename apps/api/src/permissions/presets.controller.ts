import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { CreatePresetDto, PresetDto, PresetListDto, UpdatePresetDto } from './presets.dto';
import { PresetsService } from './presets.service';

@ApiTags('admin')
@Controller('admin/presets')
export class PresetsController {
  constructor(private readonly presets: PresetsService) {}

  @Authenticated({ admin: true })
  @Get()
  @ApiOperation({ operationId: 'listPresets', summary: 'The organization’s permission presets' })
  @ApiOkResponse({ type: PresetListDto })
  list(@CurrentAuth() auth: AuthContext): Promise<PresetListDto> {
    return this.presets.list(auth);
  }

  @Authenticated({ admin: true })
  @Post()
  @ApiOperation({ operationId: 'createPreset', summary: 'Create a named bundle of role, permissions and scope' })
  @ApiCreatedResponse({ type: PresetDto })
  @ApiErrorResponses(400, 409)
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreatePresetDto): Promise<PresetDto> {
    return this.presets.create(auth, body);
  }

  @Authenticated({ admin: true })
  @Patch(':id')
  @ApiOperation({
    operationId: 'updatePreset',
    summary: 'Change a preset',
    description: 'Users it was applied to keep what they were given; apply it again to pass changes on.',
  })
  @ApiOkResponse({ type: PresetDto })
  @ApiErrorResponses(400, 404, 409)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') presetId: string,
    @Body() body: UpdatePresetDto,
  ): Promise<PresetDto> {
    return this.presets.update(auth, presetId, body);
  }

  @Authenticated({ admin: true })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'deletePreset', summary: 'Delete a preset (users keep what it gave them)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(400, 404)
  remove(@CurrentAuth() auth: AuthContext, @UuidParam('id') presetId: string): Promise<void> {
    return this.presets.remove(auth, presetId);
  }
}
