const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);

export type JsonMark = 'open' | 'close' | 'comma';

/**
 * Walks the structure of UTF-8 JSON text without parsing it: `visit` gets each bracket, brace
 * and comma outside strings with the nesting depth it stands at (an opener the depth it opens,
 * a comma or closer that of its container), and the walk stops when it returns true. UTF-8 is
 * what makes bytes enough: no byte of a multi-byte character is an ASCII quote or bracket.
 * Text that is not JSON is walked all the same; its parse fails later.
 */
export function walkJsonStructure(
  bytes: Uint8Array,
  visit: (mark: JsonMark, depth: number) => boolean,
  end = bytes.length,
): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < end; index += 1) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) {
        index += 1;
      } else if (byte === QUOTE) {
        inString = false;
      }
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte !== undefined && OPENERS.has(byte)) {
      depth += 1;
      if (visit('open', depth)) {
        return;
      }
    } else if (byte !== undefined && CLOSERS.has(byte)) {
      if (visit('close', depth)) {
        return;
      }
      depth -= 1;
    } else if (byte === COMMA && visit('comma', depth)) {
      return;
    }
  }
}

/** Whether JSON text nests arrays and objects deeper than `maxDepth`. */
export function nestsDeeperThan(bytes: Uint8Array, maxDepth: number): boolean {
  let deeper = false;
  walkJsonStructure(bytes, (mark, depth) => (deeper = mark === 'open' && depth > maxDepth));
  return deeper;
}
