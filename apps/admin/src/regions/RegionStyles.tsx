/**
 * The regional screens' styles, in their own chunk (hoisted once into the head by React 19),
 * on top of the shared styles.css.
 */
const CSS = `
.reg-nav { margin: 0 0 1.5rem; }
.reg-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
.reg-nav a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
.reg-download { margin: 0 0 1rem; }
.reg-matrices { display: flex; flex-wrap: wrap; gap: 1.5rem 2.5rem; margin: 1rem 0; }
.reg-matrices > section { flex: 0 0 auto; max-width: 100%; }
.reg-matrix caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
.reg-gap { background: var(--color-warning-bg); color: #6b4a00; font-weight: 600; }
.reg-bar { display: flex; height: 1.5rem; width: 100%; min-width: 12rem; border: 1px solid var(--color-line); border-radius: var(--radius); overflow: hidden; }
.reg-bar__part { height: 100%; }
.reg-bar__part--not_started { background: #c9ced6; }
.reg-bar__part--ongoing { background: #2f6db5; }
.reg-bar__part--done { background: #2e7d4f; }
.reg-bar__part--delayed { background: #b35c00; }
.reg-bar__part--cancelled { background: repeating-linear-gradient(45deg, #6b6b6b, #6b6b6b 3px, #ffffff 3px, #ffffff 6px); }
.reg-swatch { display: inline-block; width: 0.875rem; height: 0.875rem; margin-right: 0.375rem; vertical-align: -0.1em; border: 1px solid var(--color-line); }
.reg-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.5rem 0 1rem; padding: 0; list-style: none; }
.reg-suppressed { font-style: italic; color: var(--color-muted); }
.reg-section { margin: 2rem 0; }
.reg-choices { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5rem 1.5rem; margin: 1rem 0; }
.reg-choices .field { margin: 0; }
`;

export function RegionStyles() {
  return (
    <style href="samla-regions" precedence="default">
      {CSS}
    </style>
  );
}
