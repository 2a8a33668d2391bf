/**
 * What a kommun can share with its region (länsstyrelse), each on its own: plan summaries
 * and progress, the coverage matrix, indicator values, forums and agreements.
 */
export const SHARING_AREAS = ['plans', 'coverage', 'indicators', 'collaboration'] as const;
export type SharingArea = (typeof SHARING_AREAS)[number];

/** The regional comparisons and the area each one needs a kommun to share. */
export const COMPARISONS = {
  plans: 'plans',
  coverage: 'coverage',
  'activity-status': 'plans',
  indicators: 'indicators',
  agreements: 'collaboration',
} as const satisfies Record<string, SharingArea>;
export type ComparisonKind = keyof typeof COMPARISONS;
export const COMPARISON_KINDS = Object.keys(COMPARISONS) as ComparisonKind[];

/**
 * The partners agreements are compared for (kvinnojour, polis, ungdomsmottagning,
 * primärvård, vuxenpsykiatri, akutmottagning): a partner type, or for the region's
 * healthcare the service the partner is.
 */
export const AGREEMENT_CATEGORIES = [
  'womens_shelter',
  'police',
  'youth_clinic',
  'primary_care',
  'adult_psychiatry',
  'emergency_department',
] as const;
export type AgreementCategory = (typeof AGREEMENT_CATEGORIES)[number];
