import { updatePublicationSchema, type Publication } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { CheckboxGroup, RadioGroup } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { usePlanLabels } from '../plans/usePlanLabels';
import { publicationKey, updatePublication } from './publication.api';
import '../i18n/publication';

interface PublicationFormProps {
  code: string;
  publication: Publication;
  announce: (message: string) => void;
}

/** Publish or withdraw the public page, and choose which adopted or in-force plans it shows. */
export function PublicationForm({ code, publication, announce }: PublicationFormProps) {
  const { t } = useTranslation('publication');
  const labels = usePlanLabels();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [published, setPublished] = useState(publication.published);
  const [planIds, setPlanIds] = useState(publication.planIds);
  const [baseVersion, setBaseVersion] = useState(publication.version);
  const validation = useFormValidation(updatePublicationSchema, {
    version: baseVersion,
    published,
    planIds,
  });

  const save = useMutation({
    mutationFn: (input: Parameters<typeof updatePublication>[1]) => updatePublication(code, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(publicationKey(code), saved);
      setBaseVersion(saved.version);
      announce(t('form.saved'));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent<Publication>(save.error);

  const reload = (latest: Publication) => {
    queryClient.setQueryData(publicationKey(code), latest);
    setPublished(latest.published);
    setPlanIds(latest.planIds);
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    announce('');
    const input = validation.validate(formRef.current);
    if (input) save.mutate(input);
  };

  const label = (p: Publication['plans'][number]) =>
    t('planLabel', {
      title: p.title,
      from: p.periodFrom,
      to: p.periodTo,
      status: labels.planStatus[p.status].toLowerCase(),
    });
  const publishable = publication.plans.filter((p) => p.publishable);
  const other = publication.plans.filter((p) => !p.publishable);
  const titleOf = (id: string) => publication.plans.find((p) => p.id === id)?.title ?? id;

  return (
    <form
      ref={formRef}
      className="form panel panel--wide"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="publication-form-heading"
    >
      <h2 id="publication-form-heading">{t('form.heading')}</h2>
      {current ? (
        <StaleNotice
          facts={[
            [t('form.publish'), current.published ? t('form.publishYes') : t('form.publishNo')],
            [t('form.plans'), current.planIds.map(titleOf).join(', ') || '–'],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <RadioGroup
        id="publication-published"
        name="published"
        legend={t('form.publish')}
        required
        choices={[
          { value: 'yes', label: t('form.publishYes') },
          { value: 'no', label: t('form.publishNo') },
        ]}
        value={published ? 'yes' : 'no'}
        onChange={(v) => setPublished(v === 'yes')}
        error={validation.errorFor('published')}
      />
      {publishable.length > 0 ? (
        <CheckboxGroup
          id="publication-plans"
          name="planIds"
          legend={t('form.plans')}
          hint={t('form.plansHint')}
          choices={publishable.map((p) => ({ value: p.id, label: label(p) }))}
          values={planIds}
          onChange={setPlanIds}
          error={validation.errorFor('planIds')}
        />
      ) : (
        <p className="alert alert--info">{t('form.noPlans')}</p>
      )}
      {other.length > 0 ? (
        <>
          <h3>{t('form.notPublishable')}</h3>
          <ul className="plain-list">
            {other.map((p) => (
              <li key={p.id}>{label(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
