import {
  ACTIVITY_STATUSES,
  FUNDING_SOURCES,
  goalNumbers,
  LEVELS,
  orderGoalTree,
  TARGET_GROUPS,
  TIERS,
  VIOLENCE_TYPES,
  type Goal,
  type Method,
  type OrgUnit,
} from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../components/Field';
import type { ActivityDraft } from './activity-draft';
import { unitChoices, UnitOptions } from './UnitOptions';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

interface ActivityFieldsProps {
  idPrefix: string;
  values: ActivityDraft;
  onChange: (values: ActivityDraft) => void;
  errorFor: (field: string) => string | undefined;
  goals: readonly Goal[];
  units: readonly OrgUnit[];
  methods: readonly Method[];
}

/**
 * Every field of an activity, in four parts: what, who, direction, and time and money,
 * then where it stands. Shared by "Ny aktivitet" and the activity page's edit form.
 */
export function ActivityFields(props: ActivityFieldsProps) {
  const { idPrefix, values, onChange, errorFor, goals, units, methods } = props;
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const id = (field: string) => `${idPrefix}-${field}`;
  const set =
    <K extends keyof ActivityDraft>(key: K) =>
    (value: ActivityDraft[K]) =>
      onChange({ ...values, [key]: value });
  const numbers = goalNumbers(goals);
  const collator = new Intl.Collator('sv');
  const sortedMethods = [...methods].sort((a, b) => collator.compare(a.name, b.name));

  return (
    <>
      <h3 className="form__section">{t('plans.activityForm.sections.what')}</h3>
      <TextField
        id={id('title')}
        name="title"
        label={t('plans.fields.title')}
        required
        autoComplete="off"
        value={values.title}
        onChange={set('title')}
        error={errorFor('title')}
      />
      <TextAreaField
        id={id('description')}
        name="description"
        label={t('plans.fields.description')}
        value={values.description}
        onChange={set('description')}
        error={errorFor('description')}
      />
      <SelectField
        id={id('goal')}
        name="goalId"
        label={t('plans.fields.goal')}
        value={values.goalId}
        onChange={set('goalId')}
        error={errorFor('goalId')}
      >
        <option value="">{t('plans.activityForm.noGoal')}</option>
        {orderGoalTree(goals).map((goal) => (
          <option key={goal.id} value={goal.id}>
            {numbers.get(goal.id)} {goal.title}
          </option>
        ))}
      </SelectField>

      <h3 className="form__section">{t('plans.activityForm.sections.who')}</h3>
      <SelectField
        id={id('responsible')}
        name="responsibleUnitId"
        label={t('plans.fields.responsibleUnit')}
        value={values.responsibleUnitId}
        onChange={set('responsibleUnitId')}
        error={errorFor('responsibleUnitId')}
      >
        <UnitOptions units={units} empty={t('plans.activityForm.noUnit')} />
      </SelectField>
      <CheckboxGroup
        id={id('participating')}
        name="participatingUnitIds"
        legend={t('plans.fields.participatingUnits')}
        choices={unitChoices(units)}
        values={values.participatingUnitIds}
        onChange={set('participatingUnitIds')}
        error={errorFor('participatingUnitIds')}
        scroll
      />

      <h3 className="form__section">{t('plans.activityForm.sections.direction')}</h3>
      <div className="field-row">
        <SelectField
          id={id('level')}
          name="level"
          label={t('plans.fields.level')}
          required
          value={values.level}
          onChange={(level) => set('level')(level as ActivityDraft['level'])}
          error={errorFor('level')}
        >
          <option value="">{t('plans.activityForm.choose')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {labels.level[level]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('tier')}
          name="tier"
          label={t('plans.fields.tier')}
          required
          value={values.tier}
          onChange={(tier) => set('tier')(tier as ActivityDraft['tier'])}
          error={errorFor('tier')}
        >
          <option value="">{t('plans.activityForm.choose')}</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {labels.tier[tier]}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        id={id('target-groups')}
        name="targetGroups"
        legend={t('plans.fields.targetGroups')}
        choices={TARGET_GROUPS.map((g) => ({ value: g, label: labels.targetGroup[g] }))}
        values={values.targetGroups}
        onChange={(v) => set('targetGroups')(v as ActivityDraft['targetGroups'])}
        error={errorFor('targetGroups')}
      />
      <CheckboxGroup
        id={id('violence-types')}
        name="violenceTypes"
        legend={t('plans.fields.violenceTypes')}
        choices={VIOLENCE_TYPES.map((v) => ({ value: v, label: labels.violenceType[v] }))}
        values={values.violenceTypes}
        onChange={(v) => set('violenceTypes')(v as ActivityDraft['violenceTypes'])}
        error={errorFor('violenceTypes')}
      />
      <SelectField
        id={id('method')}
        name="methodId"
        label={t('plans.fields.method')}
        hint={t('plans.activityForm.methodHint')}
        value={values.methodId}
        onChange={set('methodId')}
        error={errorFor('methodId')}
      >
        <option value="">{t('plans.activityForm.noMethod')}</option>
        {sortedMethods.map((method) => (
          <option key={method.id} value={method.id}>
            {method.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id('method-text')}
        name="methodText"
        label={t('plans.fields.methodText')}
        hint={t('plans.activityForm.methodTextHint')}
        autoComplete="off"
        value={values.methodText}
        onChange={set('methodText')}
        error={errorFor('methodText')}
      />

      <h3 className="form__section">{t('plans.activityForm.sections.timeAndMoney')}</h3>
      <div className="field-row">
        <TextField
          id={id('start-date')}
          name="startDate"
          type="date"
          label={t('plans.fields.startDate')}
          value={values.startDate}
          onChange={set('startDate')}
          error={errorFor('startDate')}
        />
        <TextField
          id={id('end-date')}
          name="endDate"
          type="date"
          label={t('plans.fields.endDate')}
          value={values.endDate}
          onChange={set('endDate')}
          error={errorFor('endDate')}
        />
      </div>
      <div className="field-row">
        <TextField
          id={id('budget')}
          name="budgetSek"
          label={t('plans.fields.budgetSek')}
          hint={t('plans.activityForm.budgetHint')}
          inputMode="numeric"
          autoComplete="off"
          value={values.budgetSek}
          onChange={set('budgetSek')}
          error={errorFor('budgetSek')}
        />
        <SelectField
          id={id('funding')}
          name="fundingSource"
          label={t('plans.fields.fundingSource')}
          value={values.fundingSource}
          onChange={(v) => set('fundingSource')(v as ActivityDraft['fundingSource'])}
          error={errorFor('fundingSource')}
        >
          {FUNDING_SOURCES.map((source) => (
            <option key={source} value={source}>
              {labels.fundingSource[source]}
            </option>
          ))}
        </SelectField>
      </div>

      <h3 className="form__section">{t('plans.activityForm.sections.state')}</h3>
      <div className="field-row">
        <SelectField
          id={id('status')}
          name="status"
          label={t('plans.fields.status')}
          value={values.status}
          onChange={(v) => set('status')(v as ActivityDraft['status'])}
          error={errorFor('status')}
        >
          {ACTIVITY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels.activityStatus[status]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('progress')}
          name="progress"
          label={t('plans.fields.progressPercent')}
          hint={t('plans.activityForm.progressHint')}
          inputMode="numeric"
          autoComplete="off"
          className="field__control--short"
          value={values.progress}
          onChange={set('progress')}
          error={errorFor('progress')}
        />
        <TextField
          id={id('weight')}
          name="weight"
          label={t('plans.fields.weight')}
          hint={t('plans.activityForm.weightHint')}
          inputMode="numeric"
          autoComplete="off"
          className="field__control--short"
          value={values.weight}
          onChange={set('weight')}
          error={errorFor('weight')}
        />
      </div>
    </>
  );
}
