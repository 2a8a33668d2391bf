import { FIELD_LABELS, PLAN_LABELS, type Language, type PlanLabelGroup } from '@samla/domain';
import type { Format } from './format';

/** Which label group a compared field's codes belong to. */
const CODE_FIELDS: Record<string, PlanLabelGroup> = {
  kind: 'planKind',
  status: 'planStatus',
  level: 'level',
  tier: 'tier',
  fundingSource: 'fundingSource',
  targetGroups: 'targetGroup',
  violenceTypes: 'violenceType',
};
const UNIT_FIELDS = new Set(['ownerUnitId', 'responsibleUnitId', 'participatingUnitIds']);
const DATE_FIELDS = new Set(['startDate', 'endDate']);

/** Fields the comparison names that the shared field labels do not. */
const EXTRA_LABELS: Record<Language, Record<string, string>> = {
  sv: { goal: 'Mål', parent: 'Överordnat mål' },
  en: { goal: 'Goal', parent: 'Parent goal' },
};

export const fieldLabel = (field: string, language: Language): string =>
  EXTRA_LABELS[language][field] ?? FIELD_LABELS[language][field] ?? field;

export interface ValueContext {
  language: Language;
  format: Format;
  unitName: (id: string) => string | null;
  methodName: (id: string) => string | null;
  /** What an empty value reads as ("–"). */
  none: string;
}

/** A compared value as a person reads it: labels for codes, names for ids, SEK, dates. */
export function formatValue(field: string, value: unknown, context: ValueContext): string {
  const { language, format, none } = context;
  if (value === null || value === undefined || value === '') return none;
  const one = (item: unknown): string => {
    const text = String(item);
    const group = CODE_FIELDS[field];
    if (group) return (PLAN_LABELS[language][group] as Record<string, string>)[text] ?? text;
    if (UNIT_FIELDS.has(field)) return context.unitName(text) ?? text;
    if (field === 'methodId') return context.methodName(text) ?? text;
    if (DATE_FIELDS.has(field)) return format.date(text);
    if (field === 'budgetSek' && typeof item === 'number') return format.sek(item);
    return text;
  };
  if (Array.isArray(value)) return value.length === 0 ? none : value.map(one).join(', ');
  return one(value);
}
