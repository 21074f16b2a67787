import { walkJsonStructure } from '../../../common/json-structure';
import { ImportRejected } from '../import-failures';
import { SourceRow } from './source-row';
import { firstInvalidUtf8, notUtf8 } from './utf8-check';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record (array index + 1) of a top-level JSON array that byte `offset` falls in; null outside the array. */
function recordAt(bytes: Uint8Array, offset: number): number | null {
  let inArray = false;
  let commas = 0;
  walkJsonStructure(
    bytes,
    (mark, depth) => {
      if (depth === 1 && mark === '[') {
        inArray = true;
      } else if (depth === 1 && (mark === ']' || mark === '{')) {
        inArray = false;
      } else if (depth === 1 && mark === ',' && inArray) {
        commas += 1;
      }
      return false;
    },
    offset,
  );
  return inArray ? commas + 1 : null;
}

/**
 * The rows of a JSON array body. JSON cannot be parsed before it is complete, so the body is
 * gathered first; the byte limit bounds what that holds. It must be UTF-8 throughout: decoding
 * would silently turn other bytes into U+FFFD.
 */
export async function* jsonRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<SourceRow> {
  const buffers: Buffer[] = [];
  for await (const chunk of chunks) {
    buffers.push(chunk);
  }
  const bytes = Buffer.concat(buffers);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    throw notUtf8(recordAt(bytes, invalid), bytes[invalid] ?? 0, 'in this record');
  }
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw ImportRejected.of({
      line: null,
      field: null,
      problem: `The body is not valid JSON: ${(error as Error).message}`,
    });
  }
  if (!Array.isArray(body)) {
    throw ImportRejected.of({ line: null, field: null, problem: 'The body must be a JSON array of row objects.' });
  }
  for (const [index, element] of body.entries()) {
    yield isObject(element)
      ? { line: index + 1, cells: element }
      : { line: index + 1, unreadable: 'must be an object of column names and values' };
  }
}
