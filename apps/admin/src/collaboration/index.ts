/**
 * The Samverkan area, loaded on demand as one chunk (see app/AppRoutes.tsx): forums,
 * partners and agreements are not in the initial bundle.
 */
export { default } from './CollaborationArea';
