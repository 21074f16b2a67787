/**
 * The upload route below the API prefix, for the JSON body parser to leave its body to the
 * route. Express matches routes ignoring case and a trailing slash, and so does this.
 */
export const IMPORT_UPLOAD_ROUTE = { method: 'POST', path: /^\/admin\/import\/[^/]+\/?$/i } as const;
