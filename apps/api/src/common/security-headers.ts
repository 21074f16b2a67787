import { RequestHandler } from 'express';
import helmet from 'helmet';

/** JSON answers never load anything, and no page may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Swagger UI ships inline styles; its scripts are files of our own origin. */
export const DOCS_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";

/** The web app: scripts only from our origin, styles from it or carrying this response's nonce. */
export function webAppCsp(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The OpenAPI document, the same for everyone; the docs UI is under /api/docs. */
const OPENAPI_DOCUMENTS = new Set(['/api/openapi.json', '/api/openapi.yaml']);

/**
 * helmet's protective headers everywhere (HSTS only over https); the Content-Security-Policy is set per area
 * (API, docs, web app) because each loads different things, and so is caching. API answers
 * depend on the caller (and sign-in and refresh carry tokens), so no cache may keep them; only
 * the public documentation may be kept, revalidated on every use as it changes with each release.
 * The web app sets its own (see serve-web-app).
 */
export interface SecurityHeaderOptions {
  /**
   * Whether users reach the app over https (PUBLIC_URL). Only then is Strict-Transport-Security
   * sent: an installation reached over plain http must not tell browsers (should one see it over
   * https, from a proxy in front) to refuse plain http to its host for a year.
   */
  readonly https: boolean;
}

export function securityHeaders({ https }: SecurityHeaderOptions): RequestHandler[] {
  const perArea: RequestHandler = (request, response, next) => {
    if (request.path.startsWith('/api/docs')) {
      response.setHeader('Content-Security-Policy', DOCS_CSP);
      response.setHeader('Cache-Control', 'no-cache');
    } else if (OPENAPI_DOCUMENTS.has(request.path)) {
      response.setHeader('Content-Security-Policy', API_CSP);
      response.setHeader('Cache-Control', 'no-cache');
    } else if (request.path.startsWith('/api')) {
      response.setHeader('Content-Security-Policy', API_CSP);
      response.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
  return [helmet({ contentSecurityPolicy: false, strictTransportSecurity: https }), perArea];
}
