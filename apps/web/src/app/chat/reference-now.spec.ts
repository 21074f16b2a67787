import { TestBed } from '@angular/core/testing';
import { ChatApi } from '@ownerdash/api-client';
import { of, throwError } from 'rxjs';
import { ReferenceNow } from './reference-now';

function setUp(answer: (ids: string[]) => ReturnType<ChatApi['currentReferences']>) {
  const api = { currentReferences: jest.fn(({ body }: { body: { messageIds: string[] } }) => answer(body.messageIds)) };
  TestBed.configureTestingModule({ providers: [{ provide: ChatApi, useValue: api }] });
  return { api, store: TestBed.inject(ReferenceNow) };
}

/** Lets the microtask the store sends its batch in run. */
const settled = () => Promise.resolve();

describe('ReferenceNow', () => {
  it('asks for every card rendered in one turn in one request, and each message once', async () => {
    const { api, store } = setUp((ids) =>
      of({ items: ids.map((messageId) => ({ messageId, reference: { type: 'kpi', restricted: true } as const })) }),
    );

    store.request('m1');
    store.request('m2');
    store.request('m1');
    await settled();
    store.request('m2');
    await settled();

    expect(api.currentReferences).toHaveBeenCalledTimes(1);
    expect(api.currentReferences).toHaveBeenCalledWith({ body: { messageIds: ['m1', 'm2'] } });
    expect(store.answer('m2')).toEqual({ type: 'kpi', restricted: true });
  });

  it('sends at most 50 messages per request', async () => {
    const { api, store } = setUp(() => of({ items: [] }));

    Array.from({ length: 51 }, (_, index) => store.request(`m${index}`));
    await settled();

    expect(api.currentReferences.mock.calls.map(([params]) => params.body.messageIds.length)).toEqual([50, 1]);
  });

  it('lets a card ask again after a failed request', async () => {
    const { api, store } = setUp(() => throwError(() => new Error('offline')));

    store.request('m1');
    await settled();
    store.request('m1');
    await settled();

    expect(api.currentReferences).toHaveBeenCalledTimes(2);
    expect(store.answer('m1')).toBeUndefined();
  });
});
