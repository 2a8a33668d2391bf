import { PLAN_KINDS, type ActionPlanSummary, type OrgUnit, type PlanKind } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { parseWhole } from './format';
import { UnitOptions } from './UnitOptions';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/** The plan's details as the form holds them: text, as typed. */
export interface PlanDetails {
  title: string;
  kind: PlanKind | '';
  description: string;
  periodFrom: string;
  periodTo: string;
  ownerUnitId: string;
}

export const planDetailsOf = (plan: ActionPlanSummary): PlanDetails => ({
  title: plan.title,
  kind: plan.kind,
  description: plan.description ?? '',
  periodFrom: String(plan.periodFrom),
  periodTo: String(plan.periodTo),
  ownerUnitId: plan.ownerUnitId ?? '',
});

/** The details as the schemas read them (createActionPlanSchema, updateActionPlanSchema). */
export const planValues = (details: PlanDetails) => ({
  title: details.title,
  kind: details.kind || undefined,
  description: details.description,
  periodFrom: parseWhole(details.periodFrom),
  periodTo: parseWhole(details.periodTo),
  ownerUnitId: details.ownerUnitId || null,
});

interface PlanFieldsProps {
  idPrefix: string;
  values: PlanDetails;
  onChange: (values: PlanDetails) => void;
  errorFor: (field: string) => string | undefined;
  units: readonly OrgUnit[];
}

/** Titel, Typ, Period från–till, Ägande enhet and Beskrivning: new plan and edit plan. */
export function PlanFields({ idPrefix, values, onChange, errorFor, units }: PlanFieldsProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const set =
    <K extends keyof PlanDetails>(key: K) =>
    (value: string) =>
      onChange({ ...values, [key]: value });
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        name="title"
        label={t('plans.fields.title')}
        required
        autoComplete="off"
        value={values.title}
        onChange={set('title')}
        error={errorFor('title')}
      />
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t('plans.fields.kind')}
        required
        value={values.kind}
        onChange={set('kind')}
        error={errorFor('kind')}
      >
        <option value="">{t('plans.fields.chooseKind')}</option>
        {PLAN_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {labels.planKind[kind]}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <TextField
          id={`${idPrefix}-period-from`}
          name="periodFrom"
          label={t('plans.fields.periodFrom')}
          hint={t('plans.fields.yearHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          className="field__control--year"
          value={values.periodFrom}
          onChange={set('periodFrom')}
          error={errorFor('periodFrom')}
        />
        <TextField
          id={`${idPrefix}-period-to`}
          name="periodTo"
          label={t('plans.fields.periodTo')}
          hint={t('plans.fields.yearHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          className="field__control--year"
          value={values.periodTo}
          onChange={set('periodTo')}
          error={errorFor('periodTo')}
        />
      </div>
      <SelectField
        id={`${idPrefix}-owner`}
        name="ownerUnitId"
        label={t('plans.fields.owner')}
        hint={t('plans.fields.ownerHint')}
        value={values.ownerUnitId}
        onChange={set('ownerUnitId')}
        error={errorFor('ownerUnitId')}
      >
        <UnitOptions units={units} empty={t('plans.fields.noOwner')} />
      </SelectField>
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label={t('plans.fields.description')}
        value={values.description}
        onChange={set('description')}
        error={errorFor('description')}
      />
    </>
  );
}
