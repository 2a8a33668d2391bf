/**
 * polis, region/hälso- och sjukvård, kvinnojour/tjejjour, ideell organisation, annan
 * kommun, länsstyrelse, skola, annan, or one of the kommun's own units.
 */
export const PARTNER_TYPES = [
  'police',
  'region_healthcare',
  'womens_shelter',
  'voluntary_organisation',
  'other_municipality',
  'county_board',
  'school',
  'internal_unit',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** samverkansgrupp, nätverk, styrgrupp */
export const FORUM_KINDS = ['collaboration_group', 'network', 'steering_group'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** ordförande, sammankallande, sekreterare, ledamot/deltagare */
export const MEMBER_ROLES = ['chair', 'convener', 'secretary', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** How often a forum promises to meet: a number of meetings per term, month or year. */
export const CADENCE_UNITS = ['term', 'month', 'year'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

/** Nivå på den som skrev under: politisk, förvaltningsledning, enhetschef, annan. */
export const SIGNATORY_LEVELS = ['political', 'executive', 'unit_manager', 'other'] as const;
export type SignatoryLevel = (typeof SIGNATORY_LEVELS)[number];

/**
 * How the collaboration works, on a four-step scale:
 * 4 fungerar väl, 3 fungerar i huvudsak, 2 fungerar delvis, 1 fungerar inte.
 */
export const ASSESSMENT_RATINGS = [1, 2, 3, 4] as const;
export type AssessmentRating = (typeof ASSESSMENT_RATINGS)[number];

/**
 * Which service of the region's healthcare a region_healthcare partner is: ungdomsmottagning,
 * primärvård, vuxenpsykiatri, akutmottagning or other care. Regional comparisons count
 * agreements per service, as Öppna jämförelser asks about each.
 */
export const CARE_SERVICES = [
  'youth_clinic',
  'primary_care',
  'adult_psychiatry',
  'emergency_department',
  'other_care',
] as const;
export type CareService = (typeof CARE_SERVICES)[number];
