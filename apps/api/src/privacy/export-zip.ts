import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/**
 * A ZIP of JSON files, one per entry of `files` (`profile.json` → its content), streamed as yazl
 * compresses it. Every file gets the same modification time, the export's, so the archive says
 * when it was made rather than when each part happened to be written.
 */
export function jsonZip(files: Readonly<Record<string, unknown>>, madeAt: Date): Readable {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(files)) {
    zip.addBuffer(Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8'), name, { mtime: madeAt });
  }
  zip.end();
  return zip.outputStream as Readable;
}
