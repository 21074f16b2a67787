/** The OpenAPI security scheme of the metrics route: the server's METRICS_TOKEN as a bearer token. */
export const METRICS_SCHEME = 'metrics-token';
