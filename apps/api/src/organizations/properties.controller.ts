import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { PropertyListDto } from './properties.dto';
import { PropertiesService } from './properties.service';

@ApiTags('properties')
@Controller('properties')
export class PropertiesController {
  constructor(private readonly properties: PropertiesService) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'listProperties',
    summary: 'The properties you may see',
    description: 'Every property of your organization, or those your administrator limited you to.',
  })
  @ApiOkResponse({ type: PropertyListDto })
  list(@CurrentAuth() auth: AuthContext): Promise<PropertyListDto> {
    return this.properties.list(auth);
  }
}
