import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { AcceptedDto, AcceptInviteDto, ForgotPasswordDto, ResetPasswordDto } from './account-recovery.dto';
import { AccountRecoveryService } from './account-recovery.service';
import { ClientInfo } from './auth-context';
import { SessionResponseDto } from './auth-responses.dto';
import { DeviceCookie } from './device-cookie';
import { Public } from './public.decorator';
import { RefreshCookie } from './refresh-cookie';
import { Client } from './request-auth';

@ApiTags('auth')
@Controller('auth')
export class AccountRecoveryController {
  constructor(
    private readonly recovery: AccountRecoveryService,
    private readonly refreshCookie: RefreshCookie,
    private readonly deviceCookie: DeviceCookie,
  ) {}

  @Public()
  @Post('forgot-password')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    operationId: 'forgotPassword',
    summary: 'Ask for a password reset link by mail',
    description:
      'Answers 202 with the same body whether or not an account has this email. The link, valid for one hour and once, goes to PUBLIC_URL/reset-password. At most 5 requests per email and 30 per address in 15 minutes.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiErrorResponses(400, 429)
  forgotPassword(@Body() body: ForgotPasswordDto, @Client() client: ClientInfo): Promise<AcceptedDto> {
    return this.recovery.requestReset(body, client);
  }

  @Public()
  @Post('reset-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'resetPassword',
    summary: 'Set a new password with the token of a reset link',
    description:
      'Ends every session of the user. A used, expired or unknown token answers 400 (code INVALID_OR_EXPIRED_TOKEN).',
  })
  @ApiNoContentResponse({ description: 'Password set' })
  @ApiErrorResponses(400, 503)
  resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    return this.recovery.resetPassword(body);
  }

  @Public()
  @Post('accept-invite')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'acceptInvite',
    summary: 'Accept an invitation: choose a password and sign in',
    description:
      'Answers like login: an access token, the refresh cookie and the device cookie. The invitation link works once, for 72 hours.',
  })
  @ApiOkResponse({ type: SessionResponseDto, description: 'Signed in' })
  @ApiErrorResponses(400, 503)
  async acceptInvite(
    @Body() body: AcceptInviteDto,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponseDto> {
    const grant = await this.recovery.acceptInvite(body, client);
    this.refreshCookie.write(response, grant.refresh);
    this.deviceCookie.write(response, grant.device);
    return grant.body;
  }
}
