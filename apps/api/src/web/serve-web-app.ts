import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { RequestHandler } from 'express';
import { webAppCsp } from '../common/security-headers';
import { findPrecompressed, servePrecompressed } from './precompressed-assets';

/** The placeholder the web app's index.html carries where each response's nonce goes. */
const NONCE_PLACEHOLDER = /CSP_NONCE/g;
/**
 * Angular names bundles by content hash, so they never change: esbuild's (main-3FJ2KQ7Z.js) and
 * those of its chunk optimizer (chunk-C98hQ2SV.js, chunk--0mBSH79.js).
 */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.(js|css|woff2?|ttf)$/;

/** Hashed files are kept for a year; anything else is revalidated on every use. */
function cacheControlOf(path: string): string {
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Whether the static files would answer `path` with index.html itself: it is decoded and
 * normalised as they do it (`/%69ndex.html`, `/a/../index.html`), and compared regardless of case,
 * which a case-insensitive file system would serve too.
 */
function isIndexFile(path: string, webRoot: string, indexPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return resolve(webRoot, `.${decoded}`).toLowerCase() === indexPath.toLowerCase();
}

/**
 * Serves the built web app at `/`: its files (compressed copies to clients that take them), and
 * index.html for every other GET so client-side routes load. Each index.html response gets a fresh CSP nonce, `/index.html`
 * itself included: the static files never serve it with the placeholder and no policy.
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  const indexPath = resolve(webRoot, 'index.html');
  if (!existsSync(indexPath)) {
    new Logger('WebApp').warn(`No web app at ${webRoot}; serving the API only. Build it with "npm run build".`);
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  const compressed = servePrecompressed(webRoot, findPrecompressed(webRoot), cacheControlOf);
  const files = express.static(webRoot, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader('Cache-Control', cacheControlOf(path));
    },
  });
  const fallback: RequestHandler = (request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.accepts('html')) {
      next();
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    response
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': webAppCsp(nonce),
      })
      .send(indexHtml.replace(NONCE_PLACEHOLDER, nonce));
  };
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (isApiPath(request.path)) {
      next();
      return;
    }
    if (isIndexFile(request.path, webRoot, indexPath)) {
      fallback(request, response, next);
      return;
    }
    compressed(request, response, () => files(request, response, () => fallback(request, response, next)));
  });
}
