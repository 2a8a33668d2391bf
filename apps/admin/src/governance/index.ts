/**
 * The decision trail (Beslut och ärenden), loaded on demand as one chunk (see
 * app/AppRoutes.tsx): the timeline, the decision form and the appeal rule are not in the
 * initial bundle.
 */
export { default } from './GovernanceArea';
