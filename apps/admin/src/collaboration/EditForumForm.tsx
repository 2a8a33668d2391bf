import { type Forum, updateForumSchema } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormValidation } from '../components/useFormValidation';
import { fetchPlans, plansKey } from '../plans/plans.api';
import { useOrgUnits } from '../plans/references';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { forumKey, forumsKey, updateForum } from './collaboration.api';
import { ForumFields, forumDraftOf, forumValues } from './ForumFields';
import { useCadenceText } from './labels';
import '../i18n/collaboration';

interface EditProps {
  code: string;
  forum: Forum;
  onDone: (message?: string) => void;
  announce: (message: string) => void;
}

/** Ändra forum: its details, cadence and plans; a 409 shows what someone else saved. */
export function EditForumForm({ code, forum, onDone, announce }: EditProps) {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const text = useCadenceText();
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = useOrgUnits(code);
  const plans = useQuery({ queryKey: plansKey(code), queryFn: () => fetchPlans(code) });
  const [draft, setDraft] = useState(() => forumDraftOf(forum));
  const [baseVersion, setBaseVersion] = useState(forum.version);
  const validation = useFormValidation(updateForumSchema, {
    version: baseVersion,
    ...forumValues(draft),
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (input: Parameters<typeof updateForum>[2]) => updateForum(code, forum.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(forumKey(code, forum.id), saved);
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      onDone(t('saved'));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent<Forum>(save.error);

  const reload = (latest: Forum) => {
    queryClient.setQueryData(forumKey(code, forum.id), latest);
    setDraft(forumDraftOf(latest));
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
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
      <h2 id={headingId}>{t('forum.editHeading')}</h2>
      {current ? (
        <StaleNotice
          facts={[
            [t('forums.create.name'), current.name],
            [t('forums.create.kind'), t(`kinds.${current.kind}`)],
            [t('forum.cadence'), text.cadence(current.cadence)],
            [t('forums.create.purpose'), current.purpose ?? t('none')],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <ForumFields
        idPrefix="edit-forum"
        draft={draft}
        onChange={setDraft}
        errorFor={validation.errorFor}
        units={units}
        plans={plans.data ?? []}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('partner.saving') : t('partner.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
