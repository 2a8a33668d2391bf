import type { Language } from '../i18n/language.js';
import type {
  Gender,
  IndicatorKind,
  IndicatorUnit,
  MeasurementArea,
  MeasurementState,
  PeriodType,
  ProgressStatus,
  StatusGap,
} from './vocabulary.js';

/**
 * The words for indicator codes in both languages, for the admin, reports and exports.
 * `statusGap` says in plain words why a progress status could not be computed.
 */
export const INDICATOR_LABELS = {
  sv: {
    kind: {
      agenda2030: 'Agenda 2030',
      kolada: 'Kolada',
      own: 'Egen indikator',
    } satisfies Record<IndicatorKind, string>,
    unit: {
      count: 'Antal',
      percent: 'Andel (%)',
      per_100000: 'Per 100 000 invånare',
      sek: 'Kronor',
      index: 'Index',
      other: 'Annan enhet',
    } satisfies Record<IndicatorUnit, string>,
    periodType: { year: 'År', month: 'Månad' } satisfies Record<PeriodType, string>,
    gender: { T: 'Totalt', K: 'Kvinnor', M: 'Män' } satisfies Record<Gender, string>,
    state: {
      value: 'Värde',
      missing: 'Saknas',
      suppressed: 'Skyddat (för få för att visas)',
    } satisfies Record<MeasurementState, string>,
    area: {
      municipality: 'Kommunen',
      region: 'Länet',
      country: 'Riket',
    } satisfies Record<MeasurementArea, string>,
    status: {
      target_achieved: 'Målet är nått',
      substantial_progress: 'God utveckling',
      moderate_progress: 'Viss utveckling',
      limited_progress: 'Begränsad utveckling',
      deterioration: 'Försämring',
      not_available: 'Kan inte bedömas',
    } satisfies Record<ProgressStatus, string>,
    statusGap: {
      no_baseline: 'Det finns inget basår.',
      no_target: 'Det finns inget målvärde och målår.',
      no_baseline_value: 'Basåret saknar värde.',
      no_later_value: 'Det finns inget utfall efter basåret.',
      baseline_not_positive:
        'Basvärdet är 0 eller lägre, så ingen årlig förändringstakt kan räknas fram.',
      negative_value: 'Negativa värden kan inte bedömas med metoden.',
      target_not_after_baseline: 'Målåret ligger inte efter basåret.',
    } satisfies Record<StatusGap, string>,
  },
  en: {
    kind: {
      agenda2030: 'Agenda 2030',
      kolada: 'Kolada',
      own: 'Own indicator',
    } satisfies Record<IndicatorKind, string>,
    unit: {
      count: 'Count',
      percent: 'Share (%)',
      per_100000: 'Per 100,000 inhabitants',
      sek: 'SEK',
      index: 'Index',
      other: 'Other unit',
    } satisfies Record<IndicatorUnit, string>,
    periodType: { year: 'Year', month: 'Month' } satisfies Record<PeriodType, string>,
    gender: { T: 'Total', K: 'Women', M: 'Men' } satisfies Record<Gender, string>,
    state: {
      value: 'Value',
      missing: 'Missing',
      suppressed: 'Suppressed (too few to show)',
    } satisfies Record<MeasurementState, string>,
    area: {
      municipality: 'The kommun',
      region: 'The län',
      country: 'Sweden',
    } satisfies Record<MeasurementArea, string>,
    status: {
      target_achieved: 'Target achieved',
      substantial_progress: 'Substantial progress',
      moderate_progress: 'Moderate progress',
      limited_progress: 'Limited progress',
      deterioration: 'Deterioration',
      not_available: 'Not available',
    } satisfies Record<ProgressStatus, string>,
    statusGap: {
      no_baseline: 'There is no baseline.',
      no_target: 'There is no target value and year.',
      no_baseline_value: 'The baseline has no value.',
      no_later_value: 'There is no figure after the baseline.',
      baseline_not_positive: 'The baseline is 0 or less, so no annual growth rate exists.',
      negative_value: 'The method cannot assess negative values.',
      target_not_after_baseline: 'The target year is not after the baseline.',
    } satisfies Record<StatusGap, string>,
  },
} as const satisfies Record<Language, unknown>;
