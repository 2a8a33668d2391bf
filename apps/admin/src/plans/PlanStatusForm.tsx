import {
  PLAN_TRANSITIONS,
  planTransitionSchema,
  requiresAdoptionDecision,
  type ActionPlanDetail,
  type ActionPlanSummary,
  type PlanStatus,
} from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { useFormat } from './format';
import { planKey, plansKey, transitionPlan } from './plans.api';
import { staleCurrent, StaleNotice } from './StaleNotice';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

interface PlanStatusFormProps {
  code: string;
  plan: ActionPlanSummary;
  onChanged: (plan: ActionPlanSummary) => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

/**
 * Ändra status: only the changes PLAN_TRANSITIONS allows from where the plan is. Adopting
 * names the decision: the deciding body, the date and the paragraph (§).
 */
export function PlanStatusForm({ code, plan, onChanged, onCancel, announce }: PlanStatusFormProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const labels = usePlanLabels();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const allowed = PLAN_TRANSITIONS[plan.status];
  const [to, setTo] = useState<PlanStatus | ''>(allowed[0] ?? '');
  const [decidedBy, setDecidedBy] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [baseVersion, setBaseVersion] = useState(plan.version);
  const adopting = to !== '' && requiresAdoptionDecision(to);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  const form = useValidatedMutation({
    schema: planTransitionSchema,
    values: {
      version: baseVersion,
      to: to || undefined,
      ...(adopting ? { decidedBy, decidedOn: decidedOn || undefined, paragraph } : {}),
    },
    mutationFn: (input: Parameters<typeof transitionPlan>[2]) =>
      transitionPlan(code, plan.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<ActionPlanDetail>(
        planKey(code, plan.id),
        (current) => current && { ...current, ...saved },
      );
      void queryClient.invalidateQueries({ queryKey: plansKey(code) });
      onChanged(saved);
    },
  });
  const change = form.mutation;
  const current = staleCurrent<ActionPlanSummary>(change.error);

  const reload = (latest: ActionPlanSummary) => {
    queryClient.setQueryData<ActionPlanDetail>(
      planKey(code, plan.id),
      (cached) => cached && { ...cached, ...latest },
    );
    void queryClient.invalidateQueries({ queryKey: planKey(code, plan.id) });
    setBaseVersion(latest.version);
    setTo(PLAN_TRANSITIONS[latest.status][0] ?? '');
    form.reset();
    announce(tc('conflict.reloaded'));
  };

  if (allowed.length === 0) {
    return (
      <div className="panel">
        <p>{t('plans.status.final', { status: labels.planStatus[plan.status] })}</p>
        <button type="button" className="button" onClick={onCancel}>
          {t('plans.status.close')}
        </button>
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="plan-status-heading"
    >
      <h2 id="plan-status-heading">{t('plans.status.heading')}</h2>
      <p>{t('plans.status.now', { status: labels.planStatus[plan.status] })}</p>
      {current ? (
        <StaleNotice
          facts={[
            [t('plans.fields.title'), current.title],
            [t('plans.fields.status'), labels.planStatus[current.status]],
            [t('plans.fields.period'), format.period(current.periodFrom, current.periodTo)],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={change.error} extra={form.otherServerIssues} />
      )}
      <SelectField
        id="plan-status-to"
        name="to"
        label={t('plans.status.to')}
        hint={t('plans.status.toHint')}
        required
        value={to}
        onChange={(value) => setTo(value as PlanStatus)}
        error={form.errorFor('to')}
      >
        {allowed.map((status) => (
          <option key={status} value={status}>
            {labels.planStatus[status]}
          </option>
        ))}
      </SelectField>
      {adopting ? (
        <fieldset className="fieldset">
          <legend>{t('plans.status.decision')}</legend>
          <TextField
            id="plan-status-decided-by"
            name="decidedBy"
            label={t('plans.status.decidedBy')}
            hint={t('plans.status.decidedByHint')}
            required
            autoComplete="off"
            value={decidedBy}
            onChange={setDecidedBy}
            error={form.errorFor('decidedBy')}
          />
          <div className="field-row">
            <TextField
              id="plan-status-decided-on"
              name="decidedOn"
              type="date"
              label={t('plans.status.decidedOn')}
              required
              value={decidedOn}
              onChange={setDecidedOn}
              error={form.errorFor('decidedOn')}
            />
            <TextField
              id="plan-status-paragraph"
              name="paragraph"
              label={t('plans.status.paragraph')}
              hint={t('plans.status.paragraphHint')}
              required
              autoComplete="off"
              className="field__control--short"
              value={paragraph}
              onChange={setParagraph}
              error={form.errorFor('paragraph')}
            />
          </div>
        </fieldset>
      ) : null}
      <div className="form__actions">
        <SubmitButton
          pending={change.isPending}
          label={t('plans.status.submit')}
          pendingLabel={t('plans.status.submitting')}
        />
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
