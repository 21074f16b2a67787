import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

/** The built web app as the build leaves it: bundles with Brotli and gzip copies beside them. */
describe('delivering the web app', () => {
  const script = `console.log(${JSON.stringify('the app '.repeat(400))});`;
  const icon = `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h24v24H0z"/>'.repeat(60)}</svg>`;
  const brotliScript = brotliCompressSync(script);
  const gzipScript = gzipSync(script);
  let testApp: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'ownerdash-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><body><od-root></od-root></body></html>');
    writeFileSync(join(webRoot, 'main-ABCDEFGH.js'), script);
    writeFileSync(join(webRoot, 'main-ABCDEFGH.js.br'), brotliScript);
    writeFileSync(join(webRoot, 'main-ABCDEFGH.js.gz'), gzipScript);
    mkdirSync(join(webRoot, 'icons'));
    writeFileSync(join(webRoot, 'icons', 'menu.svg'), icon);
    writeFileSync(join(webRoot, 'icons', 'menu.svg.gz'), gzipSync(icon));
    writeFileSync(join(webRoot, 'favicon.ico'), 'not compressed');
    // Chunks as Angular's chunk optimizer names them: a hash of letters of both cases, digits, - and _.
    writeFileSync(join(webRoot, 'chunk-C98hQ2SV.js'), script);
    writeFileSync(join(webRoot, 'chunk--0mBSH7_.js'), script);
    // Large enough that a client can hang up after the headers, with most of the file unsent.
    writeFileSync(join(webRoot, 'chunk-BIGBIGBI.js'), 'big');
    writeFileSync(join(webRoot, 'chunk-BIGBIGBI.js.br'), randomBytes(32 * 1024 * 1024));
    testApp = await startTestApp({ config: { webRoot } });
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding: string) =>
    request(testApp.server).get(path).set('Accept-Encoding', acceptEncoding).expect(200);

  it('sends a bundle compressed with Brotli to a browser that takes it, cached for a year', async () => {
    const response = await get('/main-ABCDEFGH.js', 'gzip, deflate, br, zstd');

    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-length']).toBe(String(brotliScript.length));
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['vary']).toContain('Accept-Encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.text).toBe(script);
  });

  it('falls back to gzip, then to the file as it is, as the client allows', async () => {
    const gzip = await get('/main-ABCDEFGH.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-length']).toBe(String(gzipScript.length));
    expect(gzip.text).toBe(script);

    const refusingBrotli = await get('/main-ABCDEFGH.js', 'br;q=0, gzip');
    expect(refusingBrotli.headers['content-encoding']).toBe('gzip');

    const plain = await get('/main-ABCDEFGH.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(script)));
    expect(plain.headers['vary']).toContain('Accept-Encoding');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps serving when a browser hangs up in the middle of a compressed file', async () => {
    const { port } = testApp.server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const download = httpGet(
        { port, path: '/chunk-BIGBIGBI.js', headers: { 'Accept-Encoding': 'br' } },
        (response) => {
          expect(response.headers['content-encoding']).toBe('br');
          // A navigation cancels the page's script downloads like this.
          response.once('data', () => {
            download.destroy();
            resolve();
          });
        },
      );
      download.on('error', (error) =>
        (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? resolve() : reject(error),
      );
    });
    // Once the server has seen the connection go (and answered the hang-up), it still serves pages.
    const openConnections = () =>
      new Promise<number>((resolve, reject) =>
        testApp.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      );
    while ((await openConnections()) > 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await get('/', 'br, gzip');
  });

  it('caches the chunks the chunk optimizer names by their hash for a year as well', async () => {
    for (const chunk of ['/chunk-C98hQ2SV.js', '/chunk--0mBSH7_.js']) {
      const response = await get(chunk, 'br, gzip');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves files in folders and files without copies, each revalidated when not hashed', async () => {
    const svg = await get('/icons/menu.svg', 'br, gzip');
    expect(svg.headers['content-encoding']).toBe('gzip');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');

    const favicon = await get('/favicon.ico', 'br, gzip');
    expect(favicon.headers['content-encoding']).toBeUndefined();
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps index.html uncached and uncompressed: it is written anew for every answer', async () => {
    const page = await request(testApp.server).get('/').set('Accept', 'text/html').set('Accept-Encoding', 'br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-store');
  });
});
