/**
 * The Samverkan and Beslut screens' styles, in their own chunk (React 19 hoists the <style>
 * once by its href). They build on the shared styles.css (tables, badges, panels, fields).
 */
const CSS = `
.collab-section { margin: 2rem 0; }
.collab-scroll { max-height: 24rem; overflow-y: auto; max-width: 44rem; }
.collab-scroll:focus-visible { outline: 3px solid var(--color-focus-ring); box-shadow: 0 0 0 6px var(--color-focus); }
.collab-scroll thead th { position: sticky; top: 0; background: var(--color-bg); }
.collab-forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.5rem; align-items: start; margin-top: 1.5rem; }
.collab-forms .panel { margin: 0; max-width: none; }
.collab-forms .panel + .panel { margin-top: 1.5rem; }
.collab-meetings { list-style: none; margin: 0; padding: 0; max-width: 52rem; }
.collab-meeting { border-left: 4px solid var(--color-line); padding: 0.25rem 0 0.25rem 1rem; margin: 0 0 1rem; }
.collab-meeting h3 { margin: 0 0 0.25rem; font-size: 1.0625rem; }
.collab-meeting p { margin: 0.25rem 0; }
.collab-contacts { list-style: none; padding: 0; margin: 0; }
.collab-contacts li { margin: 0 0 0.5rem; }
.collab-contact { border: 1px solid var(--color-line); border-radius: var(--radius); padding: 0.5rem 1rem; margin: 0 0 1rem; }
.collab-contact legend { font-weight: 600; padding: 0 0.25rem; }
.collab-row-form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin: 0.5rem 0; }
.collab-row-form .field { margin: 0; }
.timeline { list-style: none; margin: 1rem 0 2rem; padding: 0; max-width: 56rem; }
.timeline__entry { position: relative; display: grid; grid-template-columns: 7.5rem 1fr; gap: 0 1rem; padding: 0 0 1rem; }
.timeline__entry::before { content: ''; position: absolute; left: 8.05rem; top: 0.4rem; bottom: -0.4rem; border-left: 2px solid var(--color-line); }
.timeline__entry:last-child::before { display: none; }
.timeline__date { font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.timeline__body { padding-left: 1.25rem; position: relative; }
.timeline__body::before { content: ''; position: absolute; left: -0.45rem; top: 0.35rem; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: var(--color-bg); border: 2px solid var(--color-brand); }
.timeline__entry--decision .timeline__body::before { background: var(--color-brand); }
.timeline__entry--overdue .timeline__body::before { background: var(--color-error); border-color: var(--color-error); }
.timeline__kind { display: block; font-size: 0.875rem; font-weight: 600; color: var(--color-muted); text-transform: uppercase; letter-spacing: 0.03em; }
.timeline__title { margin: 0; }
.decision { border: 1px solid var(--color-line); border-radius: var(--radius); padding: 0.75rem 1.25rem; margin: 0 0 1rem; max-width: 56rem; }
.decision h3 { margin: 0 0 0.5rem; }
.decision ol { margin: 0.25rem 0 0.75rem; }
.appeal { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; border-left: 4px solid var(--color-brand); background: var(--color-info-bg); }
.appeal--closed { border-left-color: var(--color-muted); background: var(--color-surface); }
.appeal p { margin: 0.25rem 0; }
.form .appeal { margin-bottom: 1rem; }
.row--overdue { background: var(--color-error-bg); }
.row--overdue th, .row--overdue td { border-color: var(--color-error); }
.deadline-tools { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; margin: 0.5rem 0; }
.feed-url { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
.feed-url .field { flex: 1 1 28rem; margin: 0; }
`;

export function CollaborationStyles() {
  return (
    <style href="samla-collaboration" precedence="default">
      {CSS}
    </style>
  );
}
