import { createActionPlanSchema, type ActionPlanDetail, type Template } from '@samla/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { fetchTemplates, TEMPLATES_KEY } from '../toolkit/toolkit.api';
import { type PlanDetails, PlanFields, planValues } from './PlanFields';
import { createPlan, planKey, plansKey } from './plans.api';
import { useOrgUnits, usePlanAccess } from './references';
import { TemplateGallery } from './TemplateGallery';
import '../i18n/plans';

/** This year to three years on: the usual span of a handlingsplan. */
function emptyDetails(): PlanDetails {
  const year = new Date().getFullYear();
  return {
    title: '',
    kind: 'action_plan',
    description: '',
    periodFrom: String(year),
    periodTo: String(year + 3),
    ownerUnitId: '',
  };
}

/** Ny plan: pick a toolkit template (or none), name the plan and its period, create it. */
export function NewPlanPage() {
  const { t } = useTranslation('plans');
  const { code, canEdit } = usePlanAccess();
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: fetchTemplates });

  return (
    <Page title={t('plans.new.title')}>
      <p>
        <Link to={`/t/${encodeURIComponent(code)}/plans`}>{t('plans.backToList')}</Link>
      </p>
      {!canEdit ? (
        <p className="alert alert--info">{t('plans.list.readOnly')}</p>
      ) : templates.isPending ? (
        <Loading />
      ) : (
        <>
          {/* Without the toolkit, an empty plan can still be made. */}
          <ErrorAlert error={templates.error} />
          <NewPlanForm code={code} templates={templates.data ?? []} />
        </>
      )}
    </Page>
  );
}

function NewPlanForm({ code, templates }: { code: string; templates: readonly Template[] }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { units } = useOrgUnits(code);
  const [templateId, setTemplateId] = useState('');
  const [details, setDetails] = useState(emptyDetails);

  const form = useValidatedMutation({
    schema: createActionPlanSchema,
    values: {
      ...planValues(details),
      templateId: templateId || undefined,
    },
    mutationFn: (input: Parameters<typeof createPlan>[1]) => createPlan(code, input),
    onSuccess: (plan: ActionPlanDetail) => {
      queryClient.setQueryData(planKey(code, plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: plansKey(code), exact: true });
      void navigate(`/t/${encodeURIComponent(code)}/plans/${plan.id}`, {
        state: { created: plan.title },
      });
    },
  });
  const create = form.mutation;

  // A template brings its kind, and its name as a first title the user can change.
  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    const template = templates.find((tpl) => tpl.id === id);
    if (template)
      setDetails((now) => ({ ...now, kind: template.kind, title: now.title || template.name }));
  };

  return (
    <form className="form form--wide" onSubmit={form.onSubmit} noValidate>
      <TemplateGallery templates={templates} value={templateId} onChange={chooseTemplate} />
      <h2>{t('plans.new.detailsHeading')}</h2>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <div className="form">
        <PlanFields
          idPrefix="new-plan"
          values={details}
          onChange={setDetails}
          errorFor={form.errorFor}
          units={units}
        />
      </div>
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('plans.new.submit')}
          pendingLabel={t('plans.new.submitting')}
        />
        <Link className="button" to={`/t/${encodeURIComponent(code)}/plans`}>
          {tc('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
