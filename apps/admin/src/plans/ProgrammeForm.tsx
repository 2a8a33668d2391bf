import {
  MODEL_STEPS,
  updateProgrammeSchema,
  VIOLENCE_TYPES,
  type ModelStep,
  type OrgUnit,
  type Programme,
  type ViolenceType,
} from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField } from '../components/Field';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { programmeKey, updateProgramme } from './plans.api';
import { staleCurrent, StaleNotice } from './StaleNotice';
import { unitChoices, UnitOptions } from './UnitOptions';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

interface ProgrammeFormProps {
  code: string;
  programme: Programme;
  units: readonly OrgUnit[];
  onSaved: () => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

interface Draft {
  vision: string;
  violenceTypes: ViolenceType[];
  coordinatingUnitId: string;
  steeringGroupUnitIds: string[];
  modelStep: ModelStep;
}

const draftOf = (p: Programme): Draft => ({
  vision: p.vision ?? '',
  violenceTypes: p.violenceTypes,
  coordinatingUnitId: p.coordinatingUnitId ?? '',
  steeringGroupUnitIds: p.steeringGroupUnitIds,
  modelStep: p.modelStep,
});

/** Ändra programmet: vision, violence types, coordinating unit, steering group, step. */
export function ProgrammeForm(props: ProgrammeFormProps) {
  const { code, programme, units, onSaved, onCancel, announce } = props;
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const labels = usePlanLabels();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(programme));
  const [baseVersion, setBaseVersion] = useState(programme.version);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((now) => ({ ...now, [key]: value }));

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, []);

  const form = useValidatedMutation({
    schema: updateProgrammeSchema,
    values: {
      ...draft,
      coordinatingUnitId: draft.coordinatingUnitId || null,
      version: baseVersion,
    },
    mutationFn: (input: Parameters<typeof updateProgramme>[1]) => updateProgramme(code, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeKey(code), saved);
      onSaved();
    },
  });
  const save = form.mutation;
  const current = staleCurrent<Programme>(save.error);

  const reload = (latest: Programme) => {
    queryClient.setQueryData(programmeKey(code), latest);
    setDraft(draftOf(latest));
    setBaseVersion(latest.version);
    form.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  };

  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? t('plans.none');
  return (
    <form
      ref={formRef}
      className="form panel panel--wide"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="programme-form-heading"
    >
      <h2 id="programme-form-heading">{t('programme.editHeading')}</h2>
      {current ? (
        <StaleNotice
          facts={[
            [t('programme.vision'), current.vision ?? t('plans.none')],
            [
              t('programme.violenceTypes'),
              current.violenceTypes.map((v) => labels.violenceType[v]).join(', ') ||
                t('plans.none'),
            ],
            [t('programme.coordinatingUnit'), unitName(current.coordinatingUnitId)],
            [
              t('programme.steeringGroup'),
              current.steeringGroupUnitIds.map(unitName).join(', ') || t('plans.none'),
            ],
            [t('programme.modelStep'), labels.modelStep[current.modelStep]],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <TextAreaField
        id="programme-vision"
        name="vision"
        label={t('programme.vision')}
        hint={t('programme.visionHint')}
        rows={4}
        value={draft.vision}
        onChange={set('vision')}
        error={form.errorFor('vision')}
      />
      <CheckboxGroup
        id="programme-violence-types"
        name="violenceTypes"
        legend={t('programme.violenceTypes')}
        choices={VIOLENCE_TYPES.map((v) => ({ value: v, label: labels.violenceType[v] }))}
        values={draft.violenceTypes}
        onChange={(v) => set('violenceTypes')(v as ViolenceType[])}
        error={form.errorFor('violenceTypes')}
      />
      <SelectField
        id="programme-coordinating-unit"
        name="coordinatingUnitId"
        label={t('programme.coordinatingUnit')}
        value={draft.coordinatingUnitId}
        onChange={set('coordinatingUnitId')}
        error={form.errorFor('coordinatingUnitId')}
      >
        <UnitOptions units={units} empty={t('programme.noUnit')} />
      </SelectField>
      <CheckboxGroup
        id="programme-steering-group"
        name="steeringGroupUnitIds"
        legend={t('programme.steeringGroup')}
        hint={t('programme.steeringGroupHint')}
        choices={unitChoices(units)}
        values={draft.steeringGroupUnitIds}
        onChange={set('steeringGroupUnitIds')}
        error={form.errorFor('steeringGroupUnitIds')}
        scroll
      />
      <RadioGroup
        id="programme-model-step"
        name="modelStep"
        legend={t('programme.modelStep')}
        required
        choices={MODEL_STEPS.map((s) => ({ value: s, label: labels.modelStep[s] }))}
        value={draft.modelStep}
        onChange={(s) => set('modelStep')(s as ModelStep)}
        error={form.errorFor('modelStep')}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('programme.save')}
          pendingLabel={t('programme.saving')}
        />
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
