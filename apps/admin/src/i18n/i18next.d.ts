import type { indicatorsSv } from './indicators.sv';
import type { regionsSv } from './regions.sv';
import type { sv } from './sv';

// Typed keys: t('orgUnits.titel') is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof sv;
      indicators: typeof indicatorsSv;
      regions: typeof regionsSv;
    };
  }
}
