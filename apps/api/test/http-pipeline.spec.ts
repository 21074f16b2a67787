import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { bearer, signIn } from './support/sessions';
import { DEMO_PASSWORD, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('the HTTP pipeline', () => {
  let testApp: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'ownerdash-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html><head><link rel="stylesheet" href="styles-ABCDEFGH.css"></head>' +
        '<body><od-root ngCspNonce="CSP_NONCE"></od-root><script src="main-ABCDEFGH.js" type="module"></script></body></html>',
    );
    writeFileSync(join(webRoot, 'main-ABCDEFGH.js'), 'console.log("app")');
    testApp = await startTestApp({ config: { webRoot }, captureLogs: true });
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await request(testApp.server).get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/no-such-thing' });
    await request(testApp.server).get('/api/auth/login').expect(404);
  });

  it('sets protective headers and a deny-all CSP on API responses', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends no Strict-Transport-Security while PUBLIC_URL is plain http', async () => {
    for (const path of ['/api/health', '/']) {
      const response = await request(testApp.server).get(path).set('Accept', 'text/html');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('marks every API answer no-store, the tokens of sign-in and refresh included', async () => {
    const login = await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: PHH_ADMIN, password: DEMO_PASSWORD })
      .expect(200);
    const session = await signIn(testApp, PHH_ADMIN);
    const answers = {
      login,
      refresh: await request(testApp.server).post('/api/auth/refresh').set('Cookie', session.cookie).expect(200),
      me: await request(testApp.server).get('/api/auth/me').set(bearer(session)).expect(200),
      view: await request(testApp.server).get('/api/portfolio/overview/kpi-tiles').set(bearer(session)).expect(200),
      refused: await request(testApp.server).get('/api/auth/me').expect(401),
      unknown: await request(testApp.server).get('/api/no-such-thing').expect(404),
      malformed: await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{')
        .expect(400),
      health: await request(testApp.server).get('/api/health').expect(200),
    };
    expect(
      Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer.headers['cache-control']])),
    ).toEqual(Object.fromEntries(Object.keys(answers).map((name) => [name, 'no-store'])));
  });

  it('lets the public API documentation be cached, revalidated on every use', async () => {
    for (const path of ['/api/openapi.json', '/api/openapi.yaml', '/api/docs/']) {
      const response = await request(testApp.server).get(path).expect(200);
      expect({ path, cacheControl: response.headers['cache-control'] }).toEqual({ path, cacheControl: 'no-cache' });
    }
  });

  it('reports health with the database', async () => {
    expect((await request(testApp.server).get('/api/health').expect(200)).body).toEqual({
      status: 'ok',
      database: 'up',
    });
  });

  it('tags every response with a request id, keeping a well-formed incoming one', async () => {
    const generated = await request(testApp.server).get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(testApp.server).get('/api/health').set('X-Request-Id', 'lb-1234');
    expect(kept.headers['x-request-id']).toBe('lb-1234');
    const replaced = await request(testApp.server).get('/api/health').set('X-Request-Id', 'bad id; with spaces');
    expect(replaced.headers['x-request-id']).not.toContain('bad');
  });

  it('serves the API docs and the OpenAPI document', async () => {
    const docs = await request(testApp.server).get('/api/docs/').expect(200);
    expect(docs.text).toContain('swagger-ui');
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
    const document = await request(testApp.server).get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toContain('/api/auth/login');
  });

  it('serves the web app with a fresh CSP nonce per response, and client routes to index.html', async () => {
    const first = await request(testApp.server).get('/').set('Accept', 'text/html').expect(200);
    const nonce = /ngCspNonce="([^"]+)"/.exec(first.text)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(first.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    expect(first.headers['content-security-policy']).not.toContain('unsafe');
    expect(first.headers['cache-control']).toBe('no-store');

    const deepLink = await request(testApp.server).get('/dashboard/overview').set('Accept', 'text/html').expect(200);
    expect(deepLink.text).toContain('<od-root');
    expect(/ngCspNonce="([^"]+)"/.exec(deepLink.text)?.[1]).not.toBe(nonce);
  });

  it.each([['/'], ['/index.html'], ['/%69ndex.html'], ['/INDEX.HTML'], ['/dashboard/overview']])(
    'answers %s with the app page: its nonce in the CSP and in place of the placeholder',
    async (path) => {
      const response = await request(testApp.server).get(path).set('Accept', 'text/html').expect(200);
      const nonce = /ngCspNonce="([^"]+)"/.exec(response.text)?.[1];
      expect(response.text).not.toContain('CSP_NONCE');
      expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
      expect(response.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(response.headers['cache-control']).toBe('no-store');
    },
  );

  it('serves hashed bundles with long-lived caching', async () => {
    const bundle = await request(testApp.server).get('/main-ABCDEFGH.js').expect(200);
    expect(bundle.headers['cache-control']).toContain('immutable');
  });

  it('logs requests as JSON with their id and never a password or token', async () => {
    const login = await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: PHH_ADMIN, password: DEMO_PASSWORD });
    const session = await signIn(testApp, PHH_ADMIN);
    await request(testApp.server).post('/api/auth/refresh').set('Cookie', session.cookie).expect(200);
    await request(testApp.server).get('/dashboard?token=secret-link-token').set('Accept', 'text/html');

    const lines = testApp.logs.map((line) => JSON.parse(line) as { req?: { id?: string; path?: string } });
    expect(
      lines.some((line) => line.req?.path === '/api/auth/login' && line.req.id === login.headers['x-request-id']),
    ).toBe(true);
    const everything = testApp.logs.join('\n');
    for (const secret of [
      DEMO_PASSWORD,
      login.body.accessToken,
      session.accessToken,
      session.cookie.split('=')[1],
      'secret-link-token',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  describe('behind an https PUBLIC_URL', () => {
    let httpsApp: TestApp;

    beforeAll(async () => {
      httpsApp = await startTestApp({ config: { publicUrl: 'https://ownerdash.example', webRoot } });
    });

    afterAll(() => httpsApp.close());

    it('sends Strict-Transport-Security on every answer', async () => {
      for (const path of ['/api/health', '/']) {
        const response = await request(httpsApp.server).get(path).set('Accept', 'text/html').expect(200);
        expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      }
    });
  });

  it('answers 503 from health when the database is gone', async () => {
    await testApp.dataSource.destroy();
    expect((await request(testApp.server).get('/api/health').expect(503)).body).toEqual({
      status: 'error',
      database: 'down',
    });
  });
});
