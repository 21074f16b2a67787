import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { RequestHandler } from 'express';

export type ContentEncoding = 'br' | 'gzip';

/** Best first: Brotli is some 15 % smaller than gzip on the app's scripts. */
const ENCODINGS: readonly { readonly name: ContentEncoding; readonly suffix: string }[] = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/**
 * The files of the built web app that have compressed copies beside them (`main-X.js.br`,
 * `main-X.js.gz`, written at build time by tools/web/compress-assets.mjs), by URL path.
 */
export function findPrecompressed(webRoot: string): Map<string, Set<ContentEncoding>> {
  const found = new Map<string, Set<ContentEncoding>>();
  const visit = (folder: string) => {
    const names = new Set(readdirSync(folder));
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        visit(join(folder, entry.name));
        continue;
      }
      for (const { name, suffix } of ENCODINGS) {
        const original = entry.name.slice(0, -suffix.length);
        if (entry.name.endsWith(suffix) && names.has(original)) {
          const path = `/${relative(webRoot, join(folder, original)).split(sep).join('/')}`;
          found.set(path, (found.get(path) ?? new Set()).add(name));
        }
      }
    }
  };
  visit(webRoot);
  return found;
}

/**
 * Answers a request for a file that has compressed copies with the best copy the client accepts
 * (`Content-Encoding`, and the original's `Content-Type`), and tells caches that the answer
 * depends on `Accept-Encoding`. Anything else goes on to the plain static files.
 */
export function servePrecompressed(
  webRoot: string,
  precompressed: ReadonlyMap<string, ReadonlySet<ContentEncoding>>,
  cacheControl: (path: string) => string,
): RequestHandler {
  return (request, response, next) => {
    const available =
      request.method === 'GET' || request.method === 'HEAD' ? precompressed.get(request.path) : undefined;
    if (!available) {
      next();
      return;
    }
    response.vary('Accept-Encoding');
    const accepted = request.acceptsEncodings();
    const chosen = ENCODINGS.find(({ name }) => available.has(name) && accepted.includes(name));
    if (!chosen) {
      next();
      return;
    }
    response.setHeader('Content-Encoding', chosen.name);
    response.setHeader('Cache-Control', cacheControl(request.path));
    response.type(extname(request.path));
    response.sendFile(join(webRoot, `${request.path}${chosen.suffix}`), { cacheControl: false }, (error) => {
      // A client that hangs up mid-file (a navigation cancels the page's script downloads) has
      // had its headers: nothing else may answer it, or the next handler throws writing them again.
      if (error && !response.headersSent) {
        next(error);
      }
    });
  };
}
