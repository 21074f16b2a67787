import { Body, Controller, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { AuthUserDto } from '../auth/auth-responses.dto';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UpdateProfileDto } from './profile.dto';
import { ProfileService } from './profile.service';

@ApiTags('users')
@Controller('users/me')
export class ProfileController {
  constructor(private readonly profile: ProfileService) {}

  @Authenticated()
  @Patch()
  @ApiOperation({ operationId: 'updateProfile', summary: 'Change your own name or profile picture' })
  @ApiOkResponse({ type: AuthUserDto })
  @ApiErrorResponses(400)
  update(@CurrentAuth() auth: AuthContext, @Body() body: UpdateProfileDto): Promise<AuthUserDto> {
    return this.profile.update(auth, body);
  }
}
