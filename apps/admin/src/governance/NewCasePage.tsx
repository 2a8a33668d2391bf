import { CASE_KINDS, createCaseSchema } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { casePath, casesPath, useGovernanceAccess } from './access';
import { casesKey, createCase } from './governance.api';
import '../i18n/governance';

const EMPTY = {
  diarienummer: '',
  kind: '',
  title: '',
  description: '',
  submittedBy: '',
  submittedByGroup: '',
  submittedOn: '',
};

/** Nytt ärende: diarienummer (checked against the kommun's pattern), kind, title, who and when. */
export function NewCasePage() {
  const { t } = useTranslation('governance');
  const { code, canEdit } = useGovernanceAccess();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const form = useValidatedMutation({
    schema: createCaseSchema,
    values: {
      ...draft,
      submittedOn: draft.submittedOn || null,
    },
    mutationFn: (input: Parameters<typeof createCase>[1]) => createCase(code, input),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: casesKey(code) });
      void navigate(casePath(code, created.id));
    },
  });
  const create = form.mutation;

  return (
    <Page title={t('caseForm.heading')}>
      <p className="breadcrumb">
        <Link to={casesPath(code)}>{t('case.back')}</Link>
      </p>
      {canEdit ? (
        <form
          className="form"
          onSubmit={form.onSubmit}
          noValidate
          aria-label={t('caseForm.heading')}
        >
          <ErrorAlert error={create.error} extra={form.otherServerIssues} />
          <SelectField
            id="case-kind"
            name="kind"
            label={t('caseForm.kind')}
            value={draft.kind}
            onChange={set('kind')}
            error={form.errorFor('kind')}
            required
          >
            <option value="">{t('caseForm.kindPlaceholder')}</option>
            {CASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="case-title"
            name="title"
            label={t('caseForm.title')}
            value={draft.title}
            onChange={set('title')}
            error={form.errorFor('title')}
            required
            autoComplete="off"
          />
          <TextField
            id="case-diarienummer"
            name="diarienummer"
            label={t('caseForm.diarienummer')}
            hint={t('caseForm.diarienummerHint')}
            value={draft.diarienummer}
            onChange={set('diarienummer')}
            error={form.errorFor('diarienummer')}
            className="field__control--short"
            autoComplete="off"
          />
          <TextField
            id="case-submittedOn"
            name="submittedOn"
            type="date"
            label={t('caseForm.submittedOn')}
            value={draft.submittedOn}
            onChange={set('submittedOn')}
            error={form.errorFor('submittedOn')}
            className="field__control--short"
            required
          />
          <div className="field-row">
            <TextField
              id="case-submittedBy"
              name="submittedBy"
              label={t('caseForm.submittedBy')}
              hint={t('caseForm.submittedByHint')}
              value={draft.submittedBy}
              onChange={set('submittedBy')}
              error={form.errorFor('submittedBy')}
              autoComplete="off"
            />
            <TextField
              id="case-submittedByGroup"
              name="submittedByGroup"
              label={t('caseForm.submittedByGroup')}
              value={draft.submittedByGroup}
              onChange={set('submittedByGroup')}
              error={form.errorFor('submittedByGroup')}
              autoComplete="off"
            />
          </div>
          <TextAreaField
            id="case-description"
            name="description"
            label={t('caseForm.description')}
            value={draft.description}
            onChange={set('description')}
            error={form.errorFor('description')}
          />
          <div className="form__actions">
            <SubmitButton
              pending={create.isPending}
              label={t('caseForm.submit')}
              pendingLabel={t('caseForm.submitting')}
            />
            <Link className="button" to={casesPath(code)}>
              {t('caseForm.cancel')}
            </Link>
          </div>
        </form>
      ) : (
        <p className="alert alert--info">{t('readOnly')}</p>
      )}
    </Page>
  );
}
