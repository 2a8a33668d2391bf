import type { collaborationSv } from './collaboration.sv';
import type { deadlinesSv } from './deadlines.sv';
import type { governanceSv } from './governance.sv';
import type { indicatorsSv } from './indicators.sv';
import type { organisationSv } from './organisation.sv';
import type { plansSv } from './plans.sv';
import type { reportsSv } from './reports.sv';
import type { publicationSv } from './publication.sv';
import type { regionsSv } from './regions.sv';
import type { sv } from './sv';

// Typed keys: t('orgUnits.titel') is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof sv;
      plans: typeof plansSv;
      organisation: typeof organisationSv;
      indicators: typeof indicatorsSv;
      collaboration: typeof collaborationSv;
      governance: typeof governanceSv;
      deadlines: typeof deadlinesSv;
      reports: typeof reportsSv;
      publication: typeof publicationSv;
      regions: typeof regionsSv;
    };
  }
}
