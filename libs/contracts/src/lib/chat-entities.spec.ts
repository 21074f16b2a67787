import { chatEntityTypesSeen, parseEntityId } from './chat-entities';

const ID = '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b';

describe('parseEntityId', () => {
  it('takes row ids, lower-cased, and a lease as its unit and end', () => {
    expect(parseEntityId('eviction', ID.toUpperCase())).toEqual({ ok: true, entity: { type: 'eviction', rowId: ID } });
    expect(parseEntityId('lease', `${ID}:2026-12-31`)).toEqual({
      ok: true,
      entity: { type: 'lease', rowId: ID, leaseEnd: '2026-12-31' },
    });
  });

  it('refuses ids outside the grammar, days that do not exist included', () => {
    for (const [type, id] of [
      ['unit', 'B-204'],
      ['unit', `${ID}:2026-12-31`],
      ['lease', ID],
      ['lease', `${ID}:2026-02-30`],
      ['work_order', ''],
    ] as const) {
      expect(parseEntityId(type, id)).toEqual({
        ok: false,
        problem: expect.stringContaining(`for ${type}, the id is`),
      });
    }
  });
});

describe('chatEntityTypesSeen', () => {
  it('gives the types whose view is among these', () => {
    expect(chatEntityTypesSeen(['delinquency.evictions', 'overview.kpi_tiles'])).toEqual(['eviction']);
  });
});
