import { Controller, Get } from '@nestjs/common';
import { AuthContext } from '../../src/auth/auth-context';
import { Authenticated } from '../../src/auth/authenticated.decorator';
import { CurrentAuth } from '../../src/auth/request-auth';

/** Routes with requirements that no product route has yet, to test the global guard itself. */
@Controller('guard-fixture')
export class GuardFixtureController {
  @Authenticated()
  @Get('signed-in')
  signedIn(@CurrentAuth() auth: AuthContext): AuthContext {
    return auth;
  }

  @Authenticated({ admin: true })
  @Get('admin')
  admin(@CurrentAuth() auth: AuthContext): AuthContext {
    return auth;
  }

  @Authenticated({ view: 'delinquency.ar_table' })
  @Get('ar-table')
  arTable(@CurrentAuth() auth: AuthContext): AuthContext {
    return auth;
  }

  /** Declares nothing: the guard must still require a signed-in caller. */
  @Get('undeclared')
  undeclared(): string {
    return 'reached';
  }
}
