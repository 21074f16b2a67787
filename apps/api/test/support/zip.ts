import request from 'supertest';
import { fromBuffer, ZipFile } from 'yauzl';
import { bearer, SignedIn } from './sessions';
import { TestApp } from './test-app';

/** A GET answered with a binary body, collected whole. */
export function download(testApp: TestApp, path: string, who: SignedIn): request.Test {
  return request(testApp.server)
    .get(path)
    .set(bearer(who))
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** The files of a ZIP archive by name, in the archive's order, as text. */
export function unzip(archive: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(archive, { lazyEntries: true }, (error, zip: ZipFile | undefined) => {
      if (error || !zip) {
        reject(error ?? new Error('not a ZIP'));
        return;
      }
      const files = new Map<string, string>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: { fileName: string }) => {
        zip.openReadStream(entry as never, (streamError, stream) => {
          if (streamError || !stream) {
            reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
