import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthContext, ClientInfo } from './auth-context';
import { MeResponseDto, RefreshResponseDto, SessionResponseDto } from './auth-responses.dto';
import { Authenticated } from './authenticated.decorator';
import { CurrentAccountService } from './current-account.service';
import { DEVICE_COOKIE, DeviceCookie } from './device-cookie';
import { PasswordChangeService } from './password-change.service';
import { Public } from './public.decorator';
import { REFRESH_COOKIE, RefreshCookie } from './refresh-cookie';
import { Client, CurrentAuth } from './request-auth';
import { SignInService } from './sign-in.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly passwordChange: PasswordChangeService,
    private readonly currentAccount: CurrentAccountService,
    private readonly refreshCookie: RefreshCookie,
    private readonly deviceCookie: DeviceCookie,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'login',
    summary: 'Sign in with email and password',
    description: `Returns an access token and sets the \`${REFRESH_COOKIE}\` refresh cookie and the \`${DEVICE_COOKIE}\` device cookie (both httpOnly, SameSite=Strict). After 10 failed attempts for one email within 15 minutes, or 100 from one address, attempts are refused with 429 for 15 minutes, except from a browser holding the account's device cookie, which is refused only after 10 failures of its own.`,
  })
  @ApiOkResponse({ type: SessionResponseDto, description: 'Signed in' })
  @ApiErrorResponses(400, 401, 413, 429, 503)
  async login(
    @Body() credentials: LoginDto,
    @Client() client: ClientInfo,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponseDto> {
    const grant = await this.signIn.login(credentials, client, this.deviceCookie.read(request));
    this.refreshCookie.write(response, grant.refresh);
    this.deviceCookie.write(response, grant.device);
    return grant.body;
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    operationId: 'refresh',
    summary: 'Exchange the refresh cookie for a new access token',
    description:
      'Rotates the refresh cookie. A refresh token exchanged less than 30 seconds ago, whose successor is unused, is answered with that same successor (parallel refreshes of one browser); presenting an exchanged token otherwise ends the whole session (401). The answer carries the profile `GET /api/auth/me` would give for the new token.',
  })
  @ApiOkResponse({ type: RefreshResponseDto, description: 'A new access token, the profile and a rotated cookie' })
  @ApiErrorResponses(401)
  async refresh(
    @Req() request: Request,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RefreshResponseDto> {
    const grant = await this.signIn.refresh(this.refreshCookie.read(request), client);
    this.refreshCookie.write(response, grant.refresh);
    return { ...grant.body, profile: await this.currentAccount.describeToken(grant.body.accessToken) };
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    operationId: 'logout',
    summary: 'Sign out',
    description: 'Ends the session of the refresh cookie and clears it. Succeeds without a cookie too.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.signIn.signOut(this.refreshCookie.read(request));
    this.refreshCookie.clear(response);
  }

  @Authenticated({ allowPendingPasswordChange: true })
  @Get('me')
  @ApiOperation({
    operationId: 'me',
    summary: 'The signed-in user, organization, permissions and property scope',
  })
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentAuth() auth: AuthContext): Promise<MeResponseDto> {
    return this.currentAccount.describe(auth);
  }

  @Authenticated({ allowPendingPasswordChange: true })
  @Post('change-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'changePassword',
    summary: 'Change your own password',
    description:
      'Needs the current password. Ends every other session of the user; this one stays signed in. Wrong current passwords count toward the sign-in lock.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiErrorResponses(400, 429, 503)
  changePassword(@CurrentAuth() auth: AuthContext, @Body() body: ChangePasswordDto): Promise<void> {
    return this.passwordChange.change(auth, body);
  }
}
