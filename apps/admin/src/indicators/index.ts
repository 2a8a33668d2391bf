/**
 * The indicators area, loaded on demand as one chunk (see app/AppRoutes.tsx): the chart, the
 * data-entry grid and the Kolada import are not in the initial bundle. The plans screens can
 * import IndicatorLinksPanel from './IndicatorLinksPanel' directly.
 */
export { default } from './IndicatorsArea';
export { IndicatorPage } from './IndicatorPage';
export { IndicatorsPage } from './IndicatorsPage';
export { KoladaImportPage } from './KoladaImportPage';
