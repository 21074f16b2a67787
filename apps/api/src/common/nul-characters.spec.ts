import { fieldsWithNul } from './nul-characters';

describe('fieldsWithNul', () => {
  it('names every string and key holding a NUL character by its dotted path', () => {
    expect(
      fieldsWithNul(
        { name: 'ok', tags: ['fine', 'b\u0000d'], nested: { note: '\u0000', count: 3, empty: null }, 'k\u0000': 'v' },
        '',
      ),
    ).toEqual(['tags.1', 'nested.note', 'k\u0000']);
  });

  it('names a single parameter by its own name', () => {
    expect(fieldsWithNul('a\u0000', 'q')).toEqual(['q']);
    expect(fieldsWithNul('fine', 'q')).toEqual([]);
  });
});
