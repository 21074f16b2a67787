import { nestsDeeperThan, walkJsonStructure } from './json-structure';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan(bytes('[[{"a": [1]}]]'), 4)).toBe(false);
    expect(nestsDeeperThan(bytes('[[{"a": [[1]]}]]'), 4)).toBe(true);
    expect(nestsDeeperThan(bytes('{"a": "[[[[[[\\"[[[[", "b": ["é[["]}'), 2)).toBe(false);
  });

  it('measures siblings separately', () => {
    expect(nestsDeeperThan(bytes('[[[]], [[]], [[]]]'), 3)).toBe(false);
  });
});

describe('walkJsonStructure', () => {
  it('reports the depth of each mark and stops when asked', () => {
    const seen: string[] = [];
    walkJsonStructure(bytes('[{"a": 1, "b": [2]}, 3]'), (mark, depth) => {
      seen.push(`${mark}${depth}`);
      return seen.length === 7;
    });
    expect(seen).toEqual(['[1', '{2', ',2', '[3', ']3', '}2', ',1']);
  });
});
