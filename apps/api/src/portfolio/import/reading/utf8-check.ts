import { isUtf8 } from 'node:buffer';
import { ImportRejected } from '../import-failures';

const NEWLINE = 0x0a;

/** How many bytes the UTF-8 sequence led by `lead` has; 0 for a byte no sequence starts with. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xc2 && lead <= 0xdf) {
    return 2;
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    return 3;
  }
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** The range of a sequence's second byte, which rules out overlong forms, surrogates and code points past U+10FFFF. */
function secondByteRange(lead: number): readonly [number, number] {
  switch (lead) {
    case 0xe0:
      return [0xa0, 0xbf];
    case 0xed:
      return [0x80, 0x9f];
    case 0xf0:
      return [0x90, 0xbf];
    case 0xf4:
      return [0x80, 0x8f];
    default:
      return [0x80, 0xbf];
  }
}

/** Where the first byte sequence that is not UTF-8 starts, or -1 when all of `bytes` is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) {
    return -1;
  }
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = sequenceLength(lead);
    const [low, high] = secondByteRange(lead);
    const second = bytes[index + 1] ?? -1;
    const rest = bytes.subarray(index + 2, index + length);
    const valid =
      length === 1 ||
      (length > 1 &&
        index + length <= bytes.length &&
        second >= low &&
        second <= high &&
        rest.every((byte) => (byte & 0xc0) === 0x80));
    if (!valid) {
      return index;
    }
    index += length;
  }
  return -1;
}

/** Where a sequence cut short by the end of `bytes` starts (its rest is in the next chunk), else `bytes.length`. */
function incompleteTail(bytes: Uint8Array): number {
  for (let index = bytes.length - 1; index >= Math.max(0, bytes.length - 3); index -= 1) {
    const byte = bytes[index] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      return bytes.length - index < sequenceLength(byte) ? index : bytes.length;
    }
  }
  return bytes.length;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = bytes.indexOf(NEWLINE); index !== -1 && index < end; index = bytes.indexOf(NEWLINE, index + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Passes a body's chunks through as they are, once each is known to be UTF-8: a decoder would
 * silently turn any other byte into U+FFFD, and that would be stored. A character may be split
 * between chunks; its first bytes wait for the rest. At the first byte that is not UTF-8,
 * `refuse` gets its physical line (from 1) and the byte, and the error it returns is thrown.
 */
export async function* utf8Chunks(
  chunks: AsyncIterable<Buffer>,
  refuse: (line: number, byte: number) => Error,
): AsyncGenerator<Buffer> {
  let linesBefore = 0;
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    const complete = bytes.subarray(0, incompleteTail(bytes));
    const invalid = firstInvalidUtf8(complete);
    if (invalid !== -1) {
      throw refuse(linesBefore + countNewlines(complete, invalid) + 1, complete[invalid] ?? 0);
    }
    linesBefore += countNewlines(complete, complete.length);
    pending = bytes.subarray(complete.length);
    yield chunk;
  }
  if (pending.length > 0) {
    throw refuse(linesBefore + 1, pending[0] ?? 0);
  }
}

/** The refusal of a file that is not UTF-8, at its CSV line or JSON record. */
export function notUtf8(line: number | null, byte: number, where: 'on this line' | 'in this record'): ImportRejected {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return ImportRejected.of({
    line,
    field: null,
    problem: `The file is not valid UTF-8: byte 0x${hex} ${where} cannot be read. Save the file as UTF-8.`,
  });
}
