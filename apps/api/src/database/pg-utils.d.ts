/** pg's own value conversion (`pg/lib/utils.js`, exported by pg's package.json); @types/pg omits it. */
declare module 'pg/lib/utils.js' {
  const utils: {
    /** A query parameter as pg sends it: text, bytes (a Buffer) or SQL NULL. */
    prepareValue(value: unknown): string | Buffer | null;
  };
  export default utils;
}
