import { excerptParts } from './message-search';

describe('excerptParts', () => {
  it('cuts ts_headline’s text into plain parts with the matched words marked', () => {
    expect(excerptParts('The \u0001renewals\u0002 at \u0001Parkside\u0002')).toEqual([
      { text: 'The ', match: false },
      { text: 'renewals', match: true },
      { text: ' at ', match: false },
      { text: 'Parkside', match: true },
    ]);
  });

  it('keeps text without a match as one part, and an empty headline as none', () => {
    expect(excerptParts('nothing marked')).toEqual([{ text: 'nothing marked', match: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});
