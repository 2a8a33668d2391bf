import { type Agreement, isoDateIn, updateAgreementSchema } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { useFormat } from '../plans/format';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { agreementsKey, updateAgreement } from './collaboration.api';
import '../i18n/collaboration';

interface FollowUpProps {
  code: string;
  agreement: Agreement;
  onDone: (message: string) => void;
  announce: (message: string) => void;
}

/** Registrera uppföljning: the date the agreement was followed up (today by default). */
export function FollowUpForm({ code, agreement, onDone, announce }: FollowUpProps) {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [date, setDate] = useState(() => isoDateIn(new Date()));
  const [baseVersion, setBaseVersion] = useState(agreement.version);
  const validation = useFormValidation(updateAgreementSchema, {
    version: baseVersion,
    lastFollowUpOn: date || null,
    // Not sent: lets the schema check the follow-up is not before the signing.
    signedOn: agreement.signedOn,
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (lastFollowUpOn: string) =>
      updateAgreement(code, agreement.id, { version: baseVersion, lastFollowUpOn }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: agreementsKey(code) });
      onDone(
        t('agreements.followUp.saved', {
          date: format.date(saved.lastFollowUpOn ?? date),
          until: format.date(saved.followUp.followUpBy),
        }),
      );
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent<Agreement>(save.error);

  const reload = (latest: Agreement) => {
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
    void queryClient.invalidateQueries({ queryKey: agreementsKey(code) });
    announce(tc('conflict.reloaded'));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input?.lastFollowUpOn) save.mutate(input.lastFollowUpOn);
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('agreements.followUp.heading', { subject: agreement.subject })}</h3>
      {current ? (
        <StaleNotice
          facts={[
            [
              t('agreements.columns.lastFollowUp'),
              current.lastFollowUpOn ? format.date(current.lastFollowUpOn) : t('agreements.never'),
            ],
            [t('agreements.columns.state'), t(`agreements.states.${current.followUp.state}`)],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <div className="collab-row-form">
        <TextField
          id={`follow-up-${agreement.id}`}
          name="lastFollowUpOn"
          type="date"
          label={t('agreements.followUp.date')}
          value={date}
          onChange={setDate}
          error={validation.errorFor('lastFollowUpOn')}
          className="field__control--short"
          required
        />
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('agreements.followUp.submitting') : t('agreements.followUp.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone('')}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
