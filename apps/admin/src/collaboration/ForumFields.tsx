import {
  type ActionPlanSummary,
  CADENCE_UNITS,
  FIELD_LABELS,
  type Forum,
  FORUM_KINDS,
  interpolate,
  type OrgUnit,
  VALIDATION_MESSAGES,
} from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../components/Field';
import { useLanguage } from '../i18n/useLanguage';
import { parseWhole } from '../plans/format';
import { UnitOptions } from '../plans/UnitOptions';
import '../i18n/collaboration';

export const EMPTY_FORUM = {
  name: '',
  kind: '',
  purpose: '',
  conveningUnitId: '',
  cadenceCount: '',
  cadenceUnit: 'term',
  activeFrom: '',
  planIds: [] as string[],
};
export type ForumDraft = typeof EMPTY_FORUM;

export const forumDraftOf = (forum: Forum): ForumDraft => ({
  name: forum.name,
  kind: forum.kind,
  purpose: forum.purpose ?? '',
  conveningUnitId: forum.conveningUnitId ?? '',
  cadenceCount: forum.cadence ? String(forum.cadence.count) : '',
  cadenceUnit: forum.cadence?.unit ?? 'term',
  activeFrom: forum.activeFrom ?? '',
  planIds: forum.planIds,
});

/** What the API takes: an empty count means no cadence, empty text and dates null. */
export function forumValues(draft: ForumDraft) {
  const count = parseWhole(draft.cadenceCount);
  return {
    name: draft.name,
    kind: draft.kind,
    purpose: draft.purpose,
    conveningUnitId: draft.conveningUnitId || null,
    cadence: count === null ? null : { unit: draft.cadenceUnit, count },
    activeFrom: draft.activeFrom || null,
    planIds: draft.planIds,
  };
}

interface FieldsProps {
  idPrefix: string;
  draft: ForumDraft;
  onChange: (draft: ForumDraft) => void;
  errorFor: (field: string) => string | undefined;
  units: readonly OrgUnit[];
  plans: readonly ActionPlanSummary[];
}

/** Name, kind, purpose, convening unit, cadence (count per term, month or year), plans served. */
export function ForumFields({ idPrefix, draft, onChange, errorFor, units, plans }: FieldsProps) {
  const { t } = useTranslation('collaboration');
  const language = useLanguage();
  // "två" is not a count: say it must be a whole number, not that a number type was expected.
  const countError =
    typeof parseWhole(draft.cadenceCount) === 'string' && errorFor('cadence.count')
      ? interpolate(VALIDATION_MESSAGES[language].not_integer, {
          field: FIELD_LABELS[language].count ?? 'count',
        })
      : (errorFor('cadence.count') ?? errorFor('cadence'));
  const set = (key: Exclude<keyof ForumDraft, 'planIds'>) => (value: string) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={t('forums.create.name')}
        value={draft.name}
        onChange={set('name')}
        error={errorFor('name')}
        required
        autoComplete="off"
      />
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t('forums.create.kind')}
        value={draft.kind}
        onChange={set('kind')}
        error={errorFor('kind')}
        required
      >
        <option value="">{t('forums.create.kindPlaceholder')}</option>
        {FORUM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${idPrefix}-purpose`}
        name="purpose"
        label={t('forums.create.purpose')}
        value={draft.purpose}
        onChange={set('purpose')}
        error={errorFor('purpose')}
        rows={3}
      />
      <SelectField
        id={`${idPrefix}-conveningUnitId`}
        name="conveningUnitId"
        label={t('forums.create.conveningUnit')}
        value={draft.conveningUnitId}
        onChange={set('conveningUnitId')}
        error={errorFor('conveningUnitId')}
      >
        <UnitOptions units={units} empty={t('forums.create.noUnit')} />
      </SelectField>
      <div className="field-row">
        <TextField
          id={`${idPrefix}-cadence-count`}
          name="cadence.count"
          label={t('forums.create.cadenceCount')}
          value={draft.cadenceCount}
          onChange={set('cadenceCount')}
          error={countError}
          className="field__control--short"
          inputMode="numeric"
          autoComplete="off"
        />
        <SelectField
          id={`${idPrefix}-cadence-unit`}
          name="cadence.unit"
          label={t('forums.create.cadenceUnit')}
          value={draft.cadenceUnit}
          onChange={set('cadenceUnit')}
        >
          {CADENCE_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`cadence.units.${unit}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id={`${idPrefix}-activeFrom`}
        name="activeFrom"
        type="date"
        label={t('forums.create.activeFrom')}
        hint={t('forums.create.activeFromHint')}
        value={draft.activeFrom}
        onChange={set('activeFrom')}
        error={errorFor('activeFrom')}
        className="field__control--short"
      />
      {plans.length > 0 ? (
        <CheckboxGroup
          id={`${idPrefix}-planIds`}
          name="planIds"
          legend={t('forums.create.plans')}
          choices={plans.map((p) => ({ value: p.id, label: p.title }))}
          values={draft.planIds}
          onChange={(planIds) => onChange({ ...draft, planIds })}
          error={errorFor('planIds')}
        />
      ) : null}
    </>
  );
}
