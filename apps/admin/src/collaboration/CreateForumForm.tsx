import { createForumSchema, type Forum } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormValidation } from '../components/useFormValidation';
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
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = useOrgUnits(code);
  const plans = useQuery({ queryKey: plansKey(code), queryFn: () => fetchPlans(code) });
  const [draft, setDraft] = useState(EMPTY_FORUM);
  const validation = useFormValidation(createForumSchema, forumValues(draft));

  const create = useMutation({
    mutationFn: (input: Parameters<typeof createForum>[1]) => createForum(code, input),
    onSuccess: (forum: Forum) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      void navigate(forumPath(code, forum.id));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) create.mutate(input);
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('forums.create.heading')}</h2>
      <ErrorAlert error={create.error} extra={validation.otherServerIssues} />
      <ForumFields
        idPrefix="forum"
        draft={draft}
        onChange={setDraft}
        errorFor={validation.errorFor}
        units={units}
        plans={plans.data ?? []}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('forums.create.submitting') : t('forums.create.submit')}
        </button>
      </div>
    </form>
  );
}
