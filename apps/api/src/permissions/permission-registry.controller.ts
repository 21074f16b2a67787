import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.decorator';
import { permissionRegistryTree } from './permission-registry';
import { PermissionRegistryDto } from './permissions.dto';

@ApiTags('permissions')
@Controller('permissions')
export class PermissionRegistryController {
  @Authenticated()
  @Get('registry')
  @ApiOperation({
    operationId: 'permissionRegistry',
    summary: 'The dashboard tabs and their views, as admins grant them',
  })
  @ApiOkResponse({ type: PermissionRegistryDto })
  registry(): PermissionRegistryDto {
    return permissionRegistryTree();
  }
}
