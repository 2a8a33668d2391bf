/**
 * The indicator screens' styles, in their own chunk: React 19 hoists the <style> into the
 * document head once (by its href), whichever component renders it first. They build on the
 * shared styles.css (tables, badges, panels, fields).
 */
const CSS = `
.ind-status { background: var(--color-surface); color: var(--color-text); }
.ind-status--target_achieved { color: var(--color-success); background: #e8f4ec; }
.ind-status--substantial_progress { color: var(--color-success); background: #f1f8f3; }
.ind-status--moderate_progress { color: var(--color-brand); background: var(--color-info-bg); }
.ind-status--limited_progress { color: #6b4a00; background: var(--color-warning-bg); }
.ind-status--deterioration { color: var(--color-error); background: var(--color-error-bg); }
.ind-status--not_available { color: var(--color-muted); background: var(--color-surface); border-style: dashed; }
.ind-list__value { font-weight: 600; font-size: 1.125rem; }
.ind-section { margin: 2rem 0; }
.ind-facts { margin-bottom: 1rem; }
.ind-chart { margin: 0 0 1rem; max-width: 52rem; }
.ind-chart__svg { display: block; width: 100%; height: auto; background: var(--color-bg); border: 1px solid var(--color-line); border-radius: var(--radius); }
.ind-chart__grid { stroke: var(--color-line); stroke-width: 1; }
.ind-chart__axis { stroke: var(--color-text); stroke-width: 1.5; }
.ind-chart__tick { font-size: 12px; fill: var(--color-muted); }
.ind-chart__note { font-size: 12px; font-weight: 600; fill: var(--color-text); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.ind-chart__target line, .ind-chart__target-swatch { stroke: var(--color-success); stroke-width: 2; stroke-dasharray: 8 4; }
.ind-chart__baseline line, .ind-chart__baseline-swatch { stroke: var(--color-text); stroke-width: 1.5; stroke-dasharray: 2 3; }
.ind-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.5rem 0 0; padding: 0; list-style: none; font-size: 0.9375rem; }
.ind-legend li { display: inline-flex; align-items: center; gap: 0.375rem; }
.ind-chart-controls { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-end; }
.ind-chart-controls .choices__list { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.ind-yoy-answer { font-size: 1.125rem; font-weight: 600; max-width: 48rem; }
.ind-table-scroll { max-height: 28rem; overflow-y: auto; max-width: 52rem; }
.ind-data-table { max-width: none; }
.ind-data-table caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
.ind-data-table thead th { position: sticky; top: 0; background: var(--color-bg); }
.ind-data-table tfoot th, .ind-data-table tfoot td { font-weight: 700; border-top: 2px solid var(--color-text); }
.ind-cell--missing, .ind-cell--suppressed { font-style: italic; color: var(--color-muted); }
.ind-status-explained__badge { font-size: 1.125rem; }
.ind-thresholds { padding-left: 1.25rem; }
.ind-thresholds__current { font-weight: 700; }
.ind-form-grid { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.ind-columns { margin-top: 1rem; }
.form.ind-grid-form { max-width: 60rem; margin: 2rem 0; }
.ind-grid-tools { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-start; }
.ind-grid td, .ind-grid th { vertical-align: top; padding: 0.375rem 0.5rem; }
.ind-grid .field__control { margin: 0; }
.ind-forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.5rem; align-items: start; margin-top: 1.5rem; }
.ind-forms .panel { margin: 0; max-width: none; }
.ind-grid tbody th { white-space: nowrap; }
.ind-grid select.field__control { min-width: 12rem; }
.ind-table-scroll:focus-visible { outline: 3px solid var(--color-focus-ring); box-shadow: 0 0 0 6px var(--color-focus); }
.ind-grid .ind-grid__value { width: 8rem; text-align: right; font-variant-numeric: tabular-nums; }
.ind-grid__value:disabled { background: var(--color-surface); }
.ind-grid .ind-grid__note { width: 100%; min-width: 14rem; }
.ind-grid__row--changed { background: #fffbea; }
.ind-grid__changed { display: block; font-size: 0.8125rem; font-weight: 400; color: #6b4a00; }
.ind-grid__changed::before { content: '✎ '; }
.ind-grid .field__error { margin: 0.25rem 0 0; }
.ind-links-panel__sub { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
.ind-links-panel__list li { margin: 0.25rem 0; }
`;

export function IndicatorStyles() {
  return (
    <style href="samla-indicators" precedence="default">
      {CSS}
    </style>
  );
}
