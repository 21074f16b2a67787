import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

interface Operation {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  'x-required-permission'?: string;
}

interface SchemaObject {
  properties?: Record<string, { example?: unknown; $ref?: string; allOf?: unknown; items?: { $ref?: string } }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('the OpenAPI document', () => {
  let testApp: TestApp;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, SchemaObject> };
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    document = (await request(testApp.server).get('/api/openapi.json').expect(200)).body;
  });

  afterAll(() => testApp.close());

  function operations(): [string, Operation][] {
    return Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method): [string, Operation][] => {
        const operation = item[method];
        return operation ? [[`${method} ${path}`, operation]] : [];
      }),
    );
  }

  it('is the committed one (libs/api-client/openapi.json)', () => {
    const committed = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', 'libs/api-client/openapi.json'), 'utf8'),
    );
    expect(document).toEqual(committed);
  });

  it('gives every operation an id, a summary, a permission rule and a security requirement', () => {
    for (const [name, operation] of operations()) {
      expect({ name, id: typeof operation.operationId, summary: typeof operation.summary }).toEqual({
        name,
        id: 'string',
        summary: 'string',
      });
      expect({ name, rule: operation['x-required-permission'] }).toEqual({ name, rule: expect.any(String) });
      expect({ name, security: Array.isArray(operation.security) }).toEqual({ name, security: true });
      if (String(operation['x-required-permission']).startsWith('token:')) {
        expect({ name, security: operation.security }).toEqual({ name, security: [{ 'metrics-token': [] }] });
      } else if (operation['x-required-permission'] !== 'public') {
        expect({ name, security: operation.security }).toEqual({ name, security: [{ bearer: [] }] });
        expect({ name, documents401: '401' in operation.responses }).toEqual({ name, documents401: true });
      }
    }
  });

  it('gives every successful response with a body a schema', () => {
    for (const [name, operation] of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith('2') && status !== '204') {
          const contents = Object.values(response.content ?? {});
          const schema = contents.length > 0 && contents.every((content) => Boolean(content?.schema));
          expect({ name, status, schema }).toEqual({
            name,
            status,
            schema: true,
          });
        }
      }
    }
  });

  it('gives an example for every plain property of every schema', () => {
    for (const [schemaName, schema] of Object.entries(document.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {})) {
        const nested = definition.$ref || definition.allOf || definition.items?.$ref;
        if (!nested) {
          expect({ schemaName, property, example: definition.example !== undefined }).toEqual({
            schemaName,
            property,
            example: true,
          });
        }
      }
    }
  });
});
