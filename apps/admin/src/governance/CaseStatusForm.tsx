import { CASE_STATUSES, type Case, isoDateIn, updateCaseSchema } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
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
  const [status, setStatus] = useState<string>(found.status);
  const [closedOn, setClosedOn] = useState(found.closedOn ?? '');
  const [baseVersion, setBaseVersion] = useState(found.version);

  const form = useValidatedMutation({
    schema: updateCaseSchema,
    values: {
      version: baseVersion,
      status,
      closedOn: status === 'closed' ? closedOn || null : null,
      // Not changed here: lets the schema check the end is not before the submission.
      submittedOn: found.submittedOn,
    },
    mutationFn: (input: Parameters<typeof updateCase>[2]) => updateCase(code, found.id, input),
    onSuccess: (saved) => {
      setBaseVersion(saved.version);
      queryClient.setQueryData(caseKey(code, found.id), saved);
      void queryClient.invalidateQueries({ queryKey: casesKey(code) });
      announce(t('case.statusSaved'));
    },
  });
  const save = form.mutation;
  const current = staleCurrent<Case>(save.error);

  const reload = (latest: Case) => {
    queryClient.setQueryData(caseKey(code, found.id), latest);
    setStatus(latest.status);
    setClosedOn(latest.closedOn ?? '');
    setBaseVersion(latest.version);
    form.reset();
    announce(tc('conflict.reloaded'));
  };

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('case.statusHeading')}>
      {current ? (
        <StaleNotice
          facts={[
            [t('case.status'), t(`statuses.${current.status}`)],
            [t('case.closedOn'), current.closedOn ? format.date(current.closedOn) : t('none')],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
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
        error={form.errorFor('status')}
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
          error={form.errorFor('closedOn')}
          className="field__control--short"
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('case.statusSave')}
          pendingLabel={t('case.statusSaving')}
        />
      </div>
    </PanelForm>
  );
}
