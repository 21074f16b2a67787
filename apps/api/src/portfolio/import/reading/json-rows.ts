import { ImportRejected } from '../import-failures';
import { SourceRow } from './source-row';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The rows of a JSON array body. JSON cannot be parsed before it is complete, so the body is
 * gathered first; the byte limit bounds what that holds.
 */
export async function* jsonRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<SourceRow> {
  const buffers: Buffer[] = [];
  for await (const chunk of chunks) {
    buffers.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(
      Buffer.concat(buffers)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
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
