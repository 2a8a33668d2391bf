import { type Forum, updateForumSchema } from '@samla/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
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
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = useOrgUnits(code);
  const plans = useQuery({ queryKey: plansKey(code), queryFn: () => fetchPlans(code) });
  const [draft, setDraft] = useState(() => forumDraftOf(forum));
  const [baseVersion, setBaseVersion] = useState(forum.version);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const form = useValidatedMutation({
    schema: updateForumSchema,
    values: {
      version: baseVersion,
      ...forumValues(draft),
    },
    mutationFn: (input: Parameters<typeof updateForum>[2]) => updateForum(code, forum.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(forumKey(code, forum.id), saved);
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      onDone(t('saved'));
    },
  });
  const save = form.mutation;
  const current = staleCurrent<Forum>(save.error);

  const reload = (latest: Forum) => {
    queryClient.setQueryData(forumKey(code, forum.id), latest);
    setDraft(forumDraftOf(latest));
    setBaseVersion(latest.version);
    form.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  return (
    <PanelForm ref={formRef} onSubmit={form.onSubmit} heading={t('forum.editHeading')}>
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
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <ForumFields
        idPrefix="edit-forum"
        draft={draft}
        onChange={setDraft}
        errorFor={form.errorFor}
        units={units}
        plans={plans.data ?? []}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('partner.save')}
          pendingLabel={t('partner.saving')}
        />
        <button type="button" className="button" onClick={() => onDone()}>
          {tc('form.cancel')}
        </button>
      </div>
    </PanelForm>
  );
}
