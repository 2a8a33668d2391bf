import type { CareService } from '../collaboration/vocabulary.js';
import type { AgreementCategory, ComparisonKind, SharingArea } from './vocabulary.js';

/** The words of regional sharing and comparisons, for the admin and the XLSX exports. */
export const REGION_LABELS = {
  sv: {
    area: {
      plans: 'Planer och genomförande',
      coverage: 'Täckning (nivå × insatstyp)',
      indicators: 'Indikatorer',
      collaboration: 'Samverkan och överenskommelser',
    } satisfies Record<SharingArea, string>,
    comparison: {
      plans: 'Planer',
      coverage: 'Täckning',
      'activity-status': 'Aktiviteternas status',
      indicators: 'Indikatorer',
      agreements: 'Överenskommelser',
    } satisfies Record<ComparisonKind, string>,
    agreementCategory: {
      womens_shelter: 'Kvinnojour',
      police: 'Polis',
      youth_clinic: 'Ungdomsmottagning',
      primary_care: 'Primärvård',
      adult_psychiatry: 'Vuxenpsykiatri',
      emergency_department: 'Akutmottagning',
    } satisfies Record<AgreementCategory, string>,
    careService: {
      youth_clinic: 'Ungdomsmottagning',
      primary_care: 'Primärvård',
      adult_psychiatry: 'Vuxenpsykiatri',
      emergency_department: 'Akutmottagning',
      other_care: 'Annan vårdverksamhet',
    } satisfies Record<CareService, string>,
  },
  en: {
    area: {
      plans: 'Plans and progress',
      coverage: 'Coverage (level × tier)',
      indicators: 'Indicators',
      collaboration: 'Collaboration and agreements',
    } satisfies Record<SharingArea, string>,
    comparison: {
      plans: 'Plans',
      coverage: 'Coverage',
      'activity-status': 'Activity status',
      indicators: 'Indicators',
      agreements: 'Agreements',
    } satisfies Record<ComparisonKind, string>,
    agreementCategory: {
      womens_shelter: "Women's shelter",
      police: 'Police',
      youth_clinic: 'Youth clinic',
      primary_care: 'Primary care',
      adult_psychiatry: 'Adult psychiatry',
      emergency_department: 'Emergency department',
    } satisfies Record<AgreementCategory, string>,
    careService: {
      youth_clinic: 'Youth clinic',
      primary_care: 'Primary care',
      adult_psychiatry: 'Adult psychiatry',
      emergency_department: 'Emergency department',
      other_care: 'Other care',
    } satisfies Record<CareService, string>,
  },
} as const;
