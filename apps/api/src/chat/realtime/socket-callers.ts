import { Injectable } from '@nestjs/common';
import { Socket } from 'socket.io';
import { AuthContext } from '../../auth/auth-context';
import { AuthenticationRefusal, Authenticator } from '../../auth/authenticator';

export interface SocketData {
  /** The verified claims of the handshake's token, judged again on every event. */
  claims?: unknown;
  caller?: AuthContext;
}

export type SocketCaller = { readonly caller: AuthContext } | { readonly refusal: AuthenticationRefusal };

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
      return { refusal: authentication.refusal };
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
