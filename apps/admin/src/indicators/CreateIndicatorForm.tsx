import { createIndicatorSchema, INDICATOR_UNITS } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { indicatorPath } from './access';
import { useIndicatorLabels } from './format';
import { createIndicator, indicatorsKey } from './indicators.api';
import '../i18n/indicators';

interface Draft {
  nameSv: string;
  nameEn: string;
  description: string;
  unit: string;
  direction: '' | 'higher' | 'lower';
  periodType: string;
  genderSplit: boolean;
  source: string;
}

const EMPTY: Draft = {
  nameSv: '',
  nameEn: '',
  description: '',
  unit: '',
  direction: '',
  periodType: '',
  genderSplit: false,
  source: '',
};

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** Create one of the kommun's own indicators, e.g. a monthly count of support talks. */
export function CreateIndicatorForm({ code }: { code: string }) {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const form = useValidatedMutation({
    schema: createIndicatorSchema,
    values: {
      nameSv: draft.nameSv,
      nameEn: orNull(draft.nameEn),
      description: orNull(draft.description),
      unit: draft.unit || undefined,
      higherIsBetter: draft.direction === '' ? undefined : draft.direction === 'higher',
      periodType: draft.periodType || undefined,
      genderSplit: draft.genderSplit,
      source: orNull(draft.source),
    },
    mutationFn: (input: Parameters<typeof createIndicator>[1]) => createIndicator(code, input),
    onSuccess: (indicator) => {
      void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
      void navigate(indicatorPath(code, indicator.id));
    },
  });
  const create = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('create.heading')}>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <TextField
        id="indicator-nameSv"
        name="nameSv"
        label={t('create.nameSv')}
        value={draft.nameSv}
        onChange={(v) => set('nameSv', v)}
        error={form.errorFor('nameSv')}
        required
      />
      <TextField
        id="indicator-nameEn"
        name="nameEn"
        label={t('create.nameEn')}
        value={draft.nameEn}
        onChange={(v) => set('nameEn', v)}
        error={form.errorFor('nameEn')}
      />
      <TextAreaField
        id="indicator-description"
        name="description"
        label={t('create.description')}
        value={draft.description}
        onChange={(v) => set('description', v)}
        error={form.errorFor('description')}
        rows={3}
      />
      <SelectField
        id="indicator-unit"
        name="unit"
        label={t('create.unit')}
        value={draft.unit}
        onChange={(v) => set('unit', v)}
        error={form.errorFor('unit')}
        required
      >
        <option value="">{t('create.unitPlaceholder')}</option>
        {INDICATOR_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {labels.unit[unit]}
          </option>
        ))}
      </SelectField>
      <RadioGroup
        id="indicator-direction"
        name="higherIsBetter"
        legend={t('create.direction')}
        choices={[
          { value: 'higher', label: t('create.higher') },
          { value: 'lower', label: t('create.lower') },
        ]}
        value={draft.direction}
        onChange={(v) => set('direction', v as Draft['direction'])}
        error={form.errorFor('higherIsBetter')}
        required
      />
      <RadioGroup
        id="indicator-periodType"
        name="periodType"
        legend={t('create.periodType')}
        hint={t('create.periodTypeHint')}
        choices={[
          { value: 'year', label: t('create.yearly') },
          { value: 'month', label: t('create.monthly') },
        ]}
        value={draft.periodType}
        onChange={(v) => set('periodType', v)}
        error={form.errorFor('periodType')}
        required
      />
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            name="genderSplit"
            checked={draft.genderSplit}
            onChange={(event) => set('genderSplit', event.target.checked)}
          />
          <span>{t('create.genderSplit')}</span>
        </label>
      </div>
      <TextField
        id="indicator-source"
        name="source"
        label={t('create.source')}
        hint={t('create.sourceHint')}
        value={draft.source}
        onChange={(v) => set('source', v)}
        error={form.errorFor('source')}
      />
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('create.submit')}
          pendingLabel={t('create.submitting')}
        />
      </div>
    </PanelForm>
  );
}
