import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { bearer, SignedIn, signIn } from './support/sessions';
import { DEMO_PASSWORD, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

function fieldsOf(body: { details?: { field: string }[] }): string[] {
  return (body.details ?? []).map((detail) => detail.field);
}

describe('bad input', () => {
  let testApp: TestApp;

  /** A body sent byte for byte (superagent would serialize a Buffer as JSON), as JSON unless the headers say otherwise. */
  const rawPost = (path: string, headers: Record<string, string>, body: Buffer) =>
    request(testApp.server)
      .post(path)
      .set({ 'Content-Type': 'application/json', ...headers })
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(body);

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  describe('POST /api/auth/login', () => {
    const login = (body: unknown) =>
      request(testApp.server)
        .post('/api/auth/login')
        .send(body as object);

    it.each([
      ['an empty object', {}, ['email', 'password']],
      ['a missing email', { password: DEMO_PASSWORD }, ['email']],
      ['a missing password', { email: PHH_ADMIN }, ['password']],
      ['an email that is a number', { email: 42, password: DEMO_PASSWORD }, ['email']],
      ['an email that is not an address', { email: 'admin', password: DEMO_PASSWORD }, ['email']],
      ['an email longer than 254 characters', { email: `${'a'.repeat(250)}@phh.example`, password: 'x' }, ['email']],
      ['a password that is a number', { email: PHH_ADMIN, password: 123456789012 }, ['password']],
      ['a password that is an object', { email: PHH_ADMIN, password: { $ne: '' } }, ['password']],
      ['an empty password', { email: PHH_ADMIN, password: '' }, ['password']],
      ['a password over 128 characters', { email: PHH_ADMIN, password: 'p'.repeat(129) }, ['password']],
      ['an unknown field', { email: PHH_ADMIN, password: DEMO_PASSWORD, role: 'admin' }, ['role']],
    ])('answers %s with 400 naming the field', async (_case, body, fields) => {
      const response = await login(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED' });
      expect(fieldsOf(response.body)).toEqual(fields);
      for (const field of fields) {
        expect(response.body.message).toContain(field);
      }
    });

    it('answers an array body with 400', async () => {
      const response = await login([{ email: PHH_ADMIN, password: DEMO_PASSWORD }]).expect(400);
      expect(response.body.statusCode).toBe(400);
    });

    it('answers malformed JSON with 400', async () => {
      const response = await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email": "admin@phh.example", "password": ')
        .expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request body is not valid JSON.',
        code: 'VALIDATION_FAILED',
      });
    });

    it('answers a JSON primitive with 400', async () => {
      await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('null')
        .expect(400);
    });

    it('answers a body over 1 MB with 413', async () => {
      const response = await login({ email: PHH_ADMIN, password: 'p'.repeat(1024 * 1024) }).expect(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'The request body is larger than 1 MB.',
      });
    });

    it('answers a body that is not JSON with 415', async () => {
      const response = await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(`email=${PHH_ADMIN}&password=${DEMO_PASSWORD}`)
        .expect(415);
      expect(response.body.message).toContain('application/json');
    });

    it('answers JSON nested deeper than 64 levels with 400, before parsing it', async () => {
      const deepArray = `{"email": ${'['.repeat(3000)}${']'.repeat(3000)}, "password": "x"}`;
      const deepObject = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
      for (const body of [deepArray, deepObject, '['.repeat(65) + ']'.repeat(65)]) {
        const response = await request(testApp.server)
          .post('/api/auth/login')
          .set('Content-Type', 'application/json')
          .send(body)
          .expect(400);
        expect(response.body).toEqual({
          statusCode: 400,
          error: 'Bad Request',
          message: 'The request body nests arrays and objects deeper than 64 levels.',
          code: 'VALIDATION_FAILED',
        });
      }
      // 64 levels are parsed and validated; brackets inside strings are text, not nesting.
      const deepest = await login({ email: PHH_ADMIN, password: [JSON.parse('['.repeat(62) + ']'.repeat(62))] });
      expect(deepest.status).toBe(400);
      expect(fieldsOf(deepest.body)).toEqual(['password']);
      await login({ email: PHH_ADMIN, password: `${'[{'.repeat(60)}"\\` }).expect(401);
    });

    it('takes a gzip, deflate or br compressed body', async () => {
      const body = JSON.stringify({ email: PHH_ADMIN, password: DEMO_PASSWORD });
      for (const [encoding, compressed] of [
        ['gzip', gzipSync(body)],
        ['deflate', deflateSync(body)],
        ['br', brotliCompressSync(body)],
      ] as const) {
        await rawPost('/api/auth/login', { 'Content-Encoding': encoding }, compressed).expect(200);
      }
    });

    it.each([['gzip'], ['deflate'], ['br']])('answers a body that is not valid %s data with 400', async (encoding) => {
      const response = await rawPost(
        '/api/auth/login',
        { 'Content-Encoding': encoding },
        Buffer.from('garbage!'),
      ).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: `The request body is not valid ${encoding} data (Content-Encoding: ${encoding}).`,
      });
    });

    it('answers an unknown Content-Encoding with 415 naming it', async () => {
      const response = await rawPost('/api/auth/login', { 'Content-Encoding': 'compress' }, Buffer.from('{}')).expect(
        415,
      );
      expect(response.body).toEqual({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'Content-Encoding "compress" is not supported: send the body uncompressed, or as gzip, deflate or br.',
      });
    });

    it('answers JSON in another charset than UTF-8 with 415', async () => {
      const response = await rawPost(
        '/api/auth/login',
        { 'Content-Type': 'application/json; charset=utf-16le' },
        Buffer.from(JSON.stringify({ email: PHH_ADMIN, password: DEMO_PASSWORD }), 'utf16le'),
      ).expect(415);
      expect(response.body.message).toBe('The request body must be UTF-8 encoded JSON.');
    });

    it('treats SQL and script in the fields as data', async () => {
      await login({ email: "admin@phh.example' OR '1'='1", password: DEMO_PASSWORD }).expect(400);
      await login({ email: "x@phh.example'; DROP TABLE users; --", password: 'x' }).expect(400);
      const scripted = await login({ email: '<script>alert(1)</script>@phh.example', password: 'x' }).expect(400);
      expect(JSON.stringify(scripted.body)).not.toContain('<script>');
      await login({ email: PHH_ADMIN, password: "' OR '1'='1' --" }).expect(401);
      await login({ email: PHH_ADMIN, password: DEMO_PASSWORD }).expect(200);
      const [{ count }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM users');
      expect(count).toBe(2);
    });
  });

  describe('POST /api/auth/change-password', () => {
    let session: SignedIn;
    const change = (body: unknown) =>
      request(testApp.server)
        .post('/api/auth/change-password')
        .set(bearer(session))
        .send(body as object);

    beforeAll(async () => {
      session = await signIn(testApp, PHH_ADMIN);
    });

    it.each([
      ['an empty object', {}, ['currentPassword', 'newPassword']],
      ['a missing new password', { currentPassword: DEMO_PASSWORD }, ['newPassword']],
      [
        'a new password that is a number',
        { currentPassword: DEMO_PASSWORD, newPassword: 1234567890123 },
        ['newPassword'],
      ],
      [
        'a current password that is a list',
        { currentPassword: [DEMO_PASSWORD], newPassword: 'new password 12' },
        ['currentPassword'],
      ],
      ['an unknown field', { currentPassword: DEMO_PASSWORD, newPassword: 'new password 12', userId: 'x' }, ['userId']],
    ])('answers %s with 400 naming the field', async (_case, body, fields) => {
      const response = await change(body).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(fields);
    });

    it('checks the caller before the body', async () => {
      await request(testApp.server).post('/api/auth/change-password').send({}).expect(401);
    });

    it('keeps the password when the request is refused', async () => {
      await signIn(testApp, PHH_ADMIN, DEMO_PASSWORD);
    });
  });
});
