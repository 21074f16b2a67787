import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { BEARER_SCHEME } from '../auth/authenticated.decorator';
import { REFRESH_COOKIE } from '../auth/refresh-cookie';
import { METRICS_SCHEME } from '../metrics/metrics-scheme';

export const API_PREFIX = 'api';
export const API_VERSION = '0.1.0';

const DESCRIPTION = `
The REST API of Ownerdash, the multi-user workspace of a property-portfolio dashboard.

## Authentication
1. \`POST /api/auth/login\` with email and password returns an access token (a JWT valid for 15 minutes)
   and sets the \`${REFRESH_COOKIE}\` refresh cookie (httpOnly, SameSite=Strict, path \`/api/auth\`).
2. Send the access token as \`Authorization: Bearer <token>\`.
3. When a request answers 401 with code \`UNAUTHENTICATED\`, call \`POST /api/auth/refresh\` once: it rotates
   the cookie and returns a new access token. A 401 from refresh (code \`SESSION_EXPIRED\`) means signing in again.
   Refresh tokens are single-use: presenting one twice ends the session.

Access tokens stop working at once when the user is deactivated, their session is revoked, or their
rights change (the token's permission version is then out of date).

## Permissions
Each operation states its rule in \`x-required-permission\`: \`public\`, \`authenticated\` (any signed-in
user), \`admin\` (administrators of the caller's organization) or \`view:<view id>\` (users whose permission
tree shows that dashboard view and its tab; administrators see every view). Everything is limited to the
caller's organization: another organization's ids answer 404. A user signed in with a temporary password
can only read \`/api/auth/me\`, change the password and sign out until the password is changed; everything
else answers 403 with code \`PASSWORD_CHANGE_REQUIRED\`.

## Errors
Every error has the same body: \`{ statusCode, error, message, code?, details? }\`. \`details\` lists each
invalid field with its problems. Request bodies are UTF-8 JSON of at most 1 MB (the data import takes CSV or JSON up to 50 MB),
nested at most 64 levels, uncompressed or with \`Content-Encoding\` gzip, deflate or br; unknown fields are rejected. Text may not
contain the NUL character (U+0000). Another content type, charset or encoding answers 415; a body that does not decompress,
or nests deeper, answers 400.
`.trim();

/** The OpenAPI document of the running application, as served at /api/openapi.json and committed. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Ownerdash API')
    .setDescription(DESCRIPTION)
    .setVersion(API_VERSION)
    .addServer('/', 'The server this document is served from')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from login or refresh' },
      BEARER_SCHEME,
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN of the server, for metrics scrapers' },
      METRICS_SCHEME,
    )
    .addCookieAuth(
      REFRESH_COOKIE,
      { type: 'apiKey', in: 'cookie', name: REFRESH_COOKIE, description: 'Refresh token set by login' },
      REFRESH_COOKIE,
    )
    .addTag('auth', 'Sign-in, sessions, your own password, password resets and invitations')
    .addTag('users', 'Your own profile')
    .addTag('properties', 'The properties you may see')
    .addTag('permissions', 'The permission registry: dashboard tabs and their views')
    .addTag(
      'admin',
      'Team management for administrators: members, invitations, property scope, permission trees and presets',
    )
    .addTag(
      'chat',
      'Conversations, messages, read state, people to talk to and search; the real-time events are in docs/realtime',
    )
    .addTag('notifications', 'Your notifications: messages, mentions, being added to conversations')
    .addTag('health', 'Liveness and readiness')
    .addTag('metrics', 'Prometheus metrics of an instance, for operators')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  markPublicOperations(document);
  return document;
}

/** Public operations carry an explicit empty security list, so no reader assumes a token is needed. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem)) {
      if (operation && typeof operation === 'object' && 'responses' in operation) {
        const record = operation as Record<string, unknown>;
        if (record['x-required-permission'] === 'public' && record['security'] === undefined) {
          record['security'] = [];
        }
      }
    }
  }
}
