import { inject, Injectable } from '@angular/core';
import { ChatApi } from '@ownerdash/api-client';
import { map, type Observable } from 'rxjs';

export interface Colleague {
  readonly id: string;
  readonly displayName: string;
}

/** The people of the user's organization a conversation can be started with. */
@Injectable({ providedIn: 'root' })
export class ChatPeople {
  private readonly api = inject(ChatApi);

  search(query: string): Observable<readonly Colleague[]> {
    return this.api.listChatPeople(query ? { q: query } : {}).pipe(map((page) => page.items));
  }
}
