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

/**
 * helmet's protective headers everywhere; the Content-Security-Policy is set per area
 * (API, docs, web app) because each loads different things.
 */
export function securityHeaders(): RequestHandler[] {
  const csp: RequestHandler = (request, response, next) => {
    if (request.path.startsWith('/api/docs')) {
      response.setHeader('Content-Security-Policy', DOCS_CSP);
    } else if (request.path.startsWith('/api')) {
      response.setHeader('Content-Security-Policy', API_CSP);
    }
    next();
  };
  return [helmet({ contentSecurityPolicy: false }), csp];
}
