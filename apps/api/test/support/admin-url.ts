/** Names the environment variable through which global setup tells test files where to create databases. */
export const ADMIN_URL_VARIABLE = 'OWNERDASH_TEST_ADMIN_URL';
