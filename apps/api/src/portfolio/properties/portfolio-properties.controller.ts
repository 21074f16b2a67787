import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../auth/auth-context';
import { Authenticated } from '../../auth/authenticated.decorator';
import { CurrentAuth } from '../../auth/request-auth';
import { PortfolioPropertyListDto } from './portfolio-properties.dto';
import { PortfolioPropertiesView } from './portfolio-properties.view';

@ApiTags('portfolio')
@Controller('portfolio/properties')
export class PortfolioPropertiesController {
  constructor(private readonly properties: PortfolioPropertiesView) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'listPortfolioProperties',
    summary: 'Your properties with their headline numbers',
    description:
      'Every property in your scope with its unit count, latest occupancy and leased %, delinquent balance and open work orders.',
  })
  @ApiOkResponse({ type: PortfolioPropertyListDto })
  list(@CurrentAuth() auth: AuthContext): Promise<PortfolioPropertyListDto> {
    return this.properties.load(auth);
  }
}
