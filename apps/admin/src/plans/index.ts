/**
 * The plans area's pages, loaded on demand as one chunk (see app/AppRoutes.tsx): the login
 * and organisation pages do not pay for the activity table, the forms and the virtualizer.
 */
export { ActivityPage } from './ActivityPage';
export { ComparePage } from './ComparePage';
export { CoveragePage } from './CoveragePage';
export { ImportWizard } from './ImportWizard';
export { NewPlanPage } from './NewPlanPage';
export { PlanListPage } from './PlanListPage';
export { PlanPage } from './PlanPage';
export { ProgrammePage } from './ProgrammePage';
export { ToolkitPage } from '../toolkit/ToolkitPage';
