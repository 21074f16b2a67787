import { mentionedUserIds, mentionOf } from './notifications';

const ADA = { id: '3b1f0c9e-6d2a-4c8b-9e7f-1a2b3c4d5e6f', displayName: 'Ada [Ops]' };

describe('mentions', () => {
  it('finds the people a message mentions, each once', () => {
    const content = `Hi ${mentionOf(ADA)} and @[Grace](user:5F0C6D2E-8A4B-4F7E-9C1D-2B3A4C5D6E7F), again ${mentionOf(ADA)}`;

    expect(mentionedUserIds(content)).toEqual([ADA.id, '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f']);
  });

  it('takes no plain @name, link or malformed id for a mention', () => {
    expect(mentionedUserIds('@Ada [Ada](https://example.com) @[Ada](user:not-an-id) email@example.com')).toEqual([]);
  });

  it('keeps the brackets of a name from ending the mention early', () => {
    expect(mentionOf(ADA)).toBe(`@[Ada  Ops ](user:${ADA.id})`);
    expect(mentionedUserIds(mentionOf(ADA))).toEqual([ADA.id]);
  });
});
