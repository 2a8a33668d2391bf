import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { PlansAndToolkit1764100000000 } from './1764100000000-plans-and-toolkit.js';
import { Indicators1764200000000 } from './1764200000000-indicators.js';
import { CollaborationAndGovernance1764300000000 } from './1764300000000-collaboration-and-governance.js';
import { SchemaVersionReadable1764950000000 } from './1764950000000-schema-version-readable.js';
import { CalendarFeedTokenPerTenant1764960000000 } from './1764960000000-calendar-feed-token-per-tenant.js';
import { Reports1765000000000 } from './1765000000000-reports.js';
import { Publication1765200000000 } from './1765200000000-publication.js';
import { RegionalSharing1765100000000 } from './1765100000000-regional-sharing.js';
import { PrincipalChangeNotify1765300000000 } from './1765300000000-principal-change-notify.js';
import { PlanActivityTotals1765400000000 } from './1765400000000-plan-activity-totals.js';

/** Every migration in order. Add new ones at the end (see CONTRIBUTING.md). */
export const MIGRATIONS = [
  Foundation1764000000000,
  PlansAndToolkit1764100000000,
  Indicators1764200000000,
  CollaborationAndGovernance1764300000000,
  SchemaVersionReadable1764950000000,
  CalendarFeedTokenPerTenant1764960000000,
  Reports1765000000000,
  Publication1765200000000,
  RegionalSharing1765100000000,
  PrincipalChangeNotify1765300000000,
  PlanActivityTotals1765400000000,
];
