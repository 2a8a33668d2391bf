import { CASE_KINDS, createCaseSchema } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { Page } from '../components/Page';
import { useFormValidation } from '../components/useFormValidation';
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
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const validation = useFormValidation(createCaseSchema, {
    ...draft,
    submittedOn: draft.submittedOn || null,
  });

  const create = useMutation({
    mutationFn: (input: Parameters<typeof createCase>[1]) => createCase(code, input),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: casesKey(code) });
      void navigate(casePath(code, created.id));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) create.mutate(input);
  };

  return (
    <Page title={t('caseForm.heading')}>
      <p className="breadcrumb">
        <Link to={casesPath(code)}>{t('case.back')}</Link>
      </p>
      {canEdit ? (
        <form
          ref={formRef}
          className="form"
          onSubmit={onSubmit}
          noValidate
          aria-label={t('caseForm.heading')}
        >
          <ErrorAlert error={create.error} extra={validation.otherServerIssues} />
          <SelectField
            id="case-kind"
            name="kind"
            label={t('caseForm.kind')}
            value={draft.kind}
            onChange={set('kind')}
            error={validation.errorFor('kind')}
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
            error={validation.errorFor('title')}
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
            error={validation.errorFor('diarienummer')}
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
            error={validation.errorFor('submittedOn')}
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
              error={validation.errorFor('submittedBy')}
              autoComplete="off"
            />
            <TextField
              id="case-submittedByGroup"
              name="submittedByGroup"
              label={t('caseForm.submittedByGroup')}
              value={draft.submittedByGroup}
              onChange={set('submittedByGroup')}
              error={validation.errorFor('submittedByGroup')}
              autoComplete="off"
            />
          </div>
          <TextAreaField
            id="case-description"
            name="description"
            label={t('caseForm.description')}
            value={draft.description}
            onChange={set('description')}
            error={validation.errorFor('description')}
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              {create.isPending ? t('caseForm.submitting') : t('caseForm.submit')}
            </button>
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
