import { CASE_STATUSES, type Case, isoDateIn, updateCaseSchema } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { useFormat } from '../plans/format';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { caseKey, casesKey, updateCase } from './governance.api';
import '../i18n/governance';

interface FormProps {
  code: string;
  found: Case;
  announce: (message: string) => void;
}

/** Öppet → besvarat → avslutat, with the day it ended; a 409 shows the newer state. */
export function CaseStatusForm({ code, found, announce }: FormProps) {
  const { t } = useTranslation('governance');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<string>(found.status);
  const [closedOn, setClosedOn] = useState(found.closedOn ?? '');
  const [baseVersion, setBaseVersion] = useState(found.version);
  const validation = useFormValidation(updateCaseSchema, {
    version: baseVersion,
    status,
    closedOn: status === 'closed' ? closedOn || null : null,
    // Not changed here: lets the schema check the end is not before the submission.
    submittedOn: found.submittedOn,
  });

  const save = useMutation({
    mutationFn: (input: Parameters<typeof updateCase>[2]) => updateCase(code, found.id, input),
    onSuccess: (saved) => {
      setBaseVersion(saved.version);
      queryClient.setQueryData(caseKey(code, found.id), saved);
      void queryClient.invalidateQueries({ queryKey: casesKey(code) });
      announce(t('case.statusSaved'));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent<Case>(save.error);

  const reload = (latest: Case) => {
    queryClient.setQueryData(caseKey(code, found.id), latest);
    setStatus(latest.status);
    setClosedOn(latest.closedOn ?? '');
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
    announce(tc('conflict.reloaded'));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) save.mutate(input);
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('case.statusHeading')}</h2>
      {current ? (
        <StaleNotice
          facts={[
            [t('case.status'), t(`statuses.${current.status}`)],
            [t('case.closedOn'), current.closedOn ? format.date(current.closedOn) : t('none')],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <SelectField
        id="case-status"
        name="status"
        label={t('case.status')}
        value={status}
        onChange={(value) => {
          setStatus(value);
          if (value === 'closed' && !closedOn) setClosedOn(isoDateIn(new Date()));
        }}
        error={validation.errorFor('status')}
      >
        {CASE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {status === 'closed' ? (
        <TextField
          id="case-closedOn"
          name="closedOn"
          type="date"
          label={t('case.closedOn')}
          value={closedOn}
          onChange={setClosedOn}
          error={validation.errorFor('closedOn')}
          className="field__control--short"
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('case.statusSaving') : t('case.statusSave')}
        </button>
      </div>
    </form>
  );
}
