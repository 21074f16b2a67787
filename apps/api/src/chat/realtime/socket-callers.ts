import { Injectable } from '@nestjs/common';
import { Socket } from 'socket.io';
import { AuthContext } from '../../auth/auth-context';
import { AuthenticationRefusal, Authenticator } from '../../auth/authenticator';

export interface SocketData {
  /** The verified claims of the handshake's token, judged again on every event. */
  claims?: unknown;
  caller?: AuthContext;
}

/** Who a refused token names: the claims of a token this server signed that has not expired, else nobody. */
export interface RefusedCaller {
  readonly refusal: AuthenticationRefusal;
  readonly named?: { readonly userId: string; readonly organizationId: string };
}

export type SocketCaller = { readonly caller: AuthContext } | RefusedCaller;

/**
 * Who is on a socket. The handshake's access token is verified and its caller established by
 * the same authenticator as HTTP requests; each later event has the token's claims judged again
 * against the database (session alive, account active, permission version), without its expiry:
 * a socket lives as long as its session, not as long as one access token.
 */
@Injectable()
export class SocketCallers {
  constructor(private readonly authenticator: Authenticator) {}

  /** The handshake's caller, or the reason the connection is refused. */
  async admit(socket: Socket): Promise<SocketCaller> {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.['token'];
    const claims = this.authenticator.claimsOf(typeof token === 'string' ? token : undefined);
    if (!claims) {
      return { refusal: 'invalid-token' };
    }
    const authentication = await this.authenticator.authenticateClaims(claims);
    if (authentication.refusal) {
      return { refusal: authentication.refusal, named: namedBy(claims) };
    }
    Object.assign(socket.data as SocketData, { claims, caller: authentication.caller });
    return { caller: authentication.caller };
  }

  /** The caller as the handshake or the socket's last event established them. */
  known(socket: Socket): AuthContext | undefined {
    return (socket.data as SocketData).caller;
  }

  async current(socket: Socket): Promise<SocketCaller> {
    const { claims } = socket.data as SocketData;
    const authentication = await this.authenticator.authenticateClaims(claims);
    if (authentication.refusal) {
      return { refusal: authentication.refusal };
    }
    (socket.data as SocketData).caller = authentication.caller;
    return { caller: authentication.caller };
  }
}

function namedBy(claims: unknown): RefusedCaller['named'] {
  const { sub, org } = claims as Partial<Record<'sub' | 'org', unknown>>;
  return typeof sub === 'string' && typeof org === 'string' ? { userId: sub, organizationId: org } : undefined;
}
