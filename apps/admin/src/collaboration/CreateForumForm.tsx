import { createForumSchema, type Forum } from '@samla/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { fetchPlans, plansKey } from '../plans/plans.api';
import { useOrgUnits } from '../plans/references';
import { forumPath } from './access';
import { createForum, forumsKey } from './collaboration.api';
import { EMPTY_FORUM, ForumFields, forumValues } from './ForumFields';
import '../i18n/collaboration';

/** Nytt samverkansforum: name, kind, purpose, convening unit and the cadence it promises. */
export function CreateForumForm({ code }: { code: string }) {
  const { t } = useTranslation('collaboration');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { units } = useOrgUnits(code);
  const plans = useQuery({ queryKey: plansKey(code), queryFn: () => fetchPlans(code) });
  const [draft, setDraft] = useState(EMPTY_FORUM);

  const form = useValidatedMutation({
    schema: createForumSchema,
    values: forumValues(draft),
    mutationFn: (input: Parameters<typeof createForum>[1]) => createForum(code, input),
    onSuccess: (forum: Forum) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      void navigate(forumPath(code, forum.id));
    },
  });
  const create = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('forums.create.heading')}>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <ForumFields
        idPrefix="forum"
        draft={draft}
        onChange={setDraft}
        errorFor={form.errorFor}
        units={units}
        plans={plans.data ?? []}
      />
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('forums.create.submit')}
          pendingLabel={t('forums.create.submitting')}
        />
      </div>
    </PanelForm>
  );
}
