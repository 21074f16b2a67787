const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MARKS: ReadonlyMap<number, JsonMark> = new Map<number, JsonMark>([
  [0x5b, '['],
  [0x7b, '{'],
  [0x5d, ']'],
  [0x7d, '}'],
  [0x2c, ','],
]);

/** The characters that give JSON text its structure. */
export type JsonMark = '[' | '{' | ']' | '}' | ',';

/**
 * Walks the structure of UTF-8 JSON text without parsing it: `visit` gets each bracket, brace
 * and comma outside strings, up to byte `end`, with the nesting depth it stands at (an opener the
 * depth it opens, a comma or closer that of its container), and the walk stops when it returns
 * true. UTF-8 is what makes bytes enough: no byte of a multi-byte character is an ASCII quote or
 * bracket. Text that is not JSON is walked all the same; its parse fails later.
 */
export function walkJsonStructure(
  bytes: Uint8Array,
  visit: (mark: JsonMark, depth: number) => boolean,
  end = bytes.length,
): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < end; index += 1) {
    const byte = bytes[index] ?? 0;
    if (inString) {
      if (byte === BACKSLASH) {
        index += 1;
      } else if (byte === QUOTE) {
        inString = false;
      }
      continue;
    }
    if (byte === QUOTE) {
      inString = true;
      continue;
    }
    const mark = MARKS.get(byte);
    if (mark === '[' || mark === '{') {
      depth += 1;
    }
    if (mark !== undefined && visit(mark, depth)) {
      return;
    }
    if (mark === ']' || mark === '}') {
      depth -= 1;
    }
  }
}

/** Whether JSON text nests arrays and objects deeper than `maxDepth`. */
export function nestsDeeperThan(bytes: Uint8Array, maxDepth: number): boolean {
  let deeper = false;
  walkJsonStructure(bytes, (_mark, depth) => (deeper = depth > maxDepth));
  return deeper;
}
