import { inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PortfolioApi } from '@ownerdash/api-client';
import { map } from 'rxjs';
import { SessionStore } from '../auth/session.store';

/**
 * The caller's properties with their headline numbers, shared by the property picker and the
 * overview. The API lists only the properties in the caller's scope.
 */
@Injectable({ providedIn: 'root' })
export class PortfolioProperties {
  private readonly api = inject(PortfolioApi);
  private readonly session = inject(SessionStore);

  readonly list = rxResource({
    // Loaded again with each profile (another user signing in, or a reload after an admin changed
    // the user's rights and scope), but not with each renewed token.
    params: () => {
      const userId = this.session.user()?.id;
      return userId ? { userId, permissions: this.session.permissions() } : undefined;
    },
    stream: () => this.api.listPortfolioProperties().pipe(map((list) => list.items)),
  });
}
