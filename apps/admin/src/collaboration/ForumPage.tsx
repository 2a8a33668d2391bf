import type { Assessment, Forum, Meeting } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { StateBadge } from '../components/StateBadge';
import { useFormat } from '../plans/format';
import { collaborationPath, useCollaborationAccess } from './access';
import { AssessmentForm } from './AssessmentForm';
import { CadenceSection } from './CadenceSection';
import { CollaborationNav } from './CollaborationNav';
import { CollaborationStyles } from './CollaborationStyles';
import { EditForumForm } from './EditForumForm';
import {
  assessmentsKey,
  fetchAssessments,
  fetchForum,
  fetchMeetings,
  forumKey,
  meetingsKey,
} from './collaboration.api';
import { useCadenceText } from './labels';
import { LinkedItems } from './LinkedItems';
import { MeetingForm } from './MeetingForm';
import { MemberForm } from './MemberForm';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

/** One forum: its members, meetings, cadence per term and the history of assessments. */
export function ForumPage() {
  const { t } = useTranslation('collaboration');
  const { t: tc } = useTranslation();
  const { code } = useCollaborationAccess();
  const { id = '' } = useParams();
  const enabled = code !== '' && id !== '';
  const forum = useQuery({
    queryKey: forumKey(code, id),
    queryFn: () => fetchForum(code, id),
    enabled,
  });
  const meetings = useQuery({
    queryKey: meetingsKey(code, id),
    queryFn: () => fetchMeetings(code, id),
    enabled,
  });
  const assessments = useQuery({
    queryKey: assessmentsKey(code, id),
    queryFn: () => fetchAssessments(code, id),
    enabled,
  });
  const error = forum.error ?? meetings.error ?? assessments.error;

  if (forum.data && meetings.data && assessments.data)
    return (
      <ForumView
        code={code}
        forum={forum.data}
        meetings={meetings.data}
        assessments={assessments.data}
      />
    );
  return (
    <>
      <CollaborationNav code={code} />
      <Page title={t('forum.loadingTitle')}>
        <p className="breadcrumb">
          <Link to={collaborationPath(code)}>{t('forum.back')}</Link>
        </p>
        {error ? (
          <>
            <ErrorAlert error={error} />
            <button
              type="button"
              className="button"
              onClick={() =>
                void Promise.all([forum.refetch(), meetings.refetch(), assessments.refetch()])
              }
            >
              {tc('errors.retry')}
            </button>
          </>
        ) : (
          <Loading />
        )}
      </Page>
    </>
  );
}

interface ViewProps {
  code: string;
  forum: Forum;
  meetings: Meeting[];
  assessments: Assessment[];
}

function ForumView({ code, forum, meetings, assessments }: ViewProps) {
  const { t } = useTranslation('collaboration');
  const { canEdit } = useCollaborationAccess();
  const format = useFormat();
  const text = useCadenceText();
  const names = usePartners(code);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState(false);
  return (
    <>
      <CollaborationNav code={code} />
      <Page title={forum.name}>
        <CollaborationStyles />
        <p className="breadcrumb">
          <Link to={collaborationPath(code)}>{t('forum.back')}</Link>
        </p>
        {forum.purpose ? <p className="lead">{forum.purpose}</p> : null}
        <dl className="facts facts--wide">
          <dt>{t('forum.kind')}</dt>
          <dd>{t(`kinds.${forum.kind}`)}</dd>
          <dt>{t('forum.convening')}</dt>
          <dd>{names.unitName(forum.conveningUnitId) ?? t('none')}</dd>
          <dt>{t('forum.cadence')}</dt>
          <dd>{text.cadence(forum.cadence)}</dd>
          {forum.activeFrom ? (
            <>
              <dt>{t('forum.activeFrom')}</dt>
              <dd>{format.date(forum.activeFrom)}</dd>
            </>
          ) : null}
          <LinkedItems code={code} planIds={forum.planIds} />
        </dl>
        {canEdit ? null : <p className="alert alert--info">{t('readOnly')}</p>}
        <p className="status-message" role="status">
          {status}
        </p>
        {canEdit && !editing ? (
          <p>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('forum.edit')}
            </button>
          </p>
        ) : null}
        {editing ? (
          <EditForumForm
            code={code}
            forum={forum}
            onDone={(message) => {
              setEditing(false);
              if (message) setStatus(message);
            }}
            announce={setStatus}
          />
        ) : null}
        <CadenceSection forum={forum} />
        <MembersSection forum={forum} memberName={names.memberName} />
        <MeetingsSection forum={forum} meetings={meetings} memberName={names.memberName} />
        <AssessmentsSection assessments={assessments} />
        {canEdit ? (
          <div className="collab-forms">
            <MeetingForm code={code} forum={forum} announce={setStatus} />
            <AssessmentForm code={code} forum={forum} meetings={meetings} announce={setStatus} />
            <MemberForm code={code} forum={forum} announce={setStatus} />
          </div>
        ) : null}
      </Page>
    </>
  );
}

type MemberName = ReturnType<typeof usePartners>['memberName'];

function MembersSection({ forum, memberName }: { forum: Forum; memberName: MemberName }) {
  const { t } = useTranslation('collaboration');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="collab-section">
      <h2 id={headingId}>
        {t('forum.membersHeading')} ({forum.members.length})
      </h2>
      {forum.members.length === 0 ? (
        <p>{t('forum.noMembers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('forum.membersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forum.member')}</th>
                <th scope="col">{t('forum.role')}</th>
                <th scope="col">{t('forum.representative')}</th>
              </tr>
            </thead>
            <tbody>
              {forum.members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{memberName(member)}</th>
                  <td>{t(`roles.${member.role}`)}</td>
                  <td>{member.representative ?? t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface MeetingsProps {
  forum: Forum;
  meetings: Meeting[];
  memberName: MemberName;
}

function MeetingsSection({ forum, meetings, memberName }: MeetingsProps) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const headingId = useId();
  const sorted = [...meetings].sort((a, b) => b.date.localeCompare(a.date));
  const byId = new Map(forum.members.map((m) => [m.id, m] as const));
  return (
    <section aria-labelledby={headingId} className="collab-section">
      <h2 id={headingId}>{t('forum.meetingsHeading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('forum.noMeetings')}</p>
      ) : (
        <ul className="collab-meetings">
          {sorted.map((meeting) => {
            const present = meeting.attendeeMemberIds
              .map((id) => byId.get(id))
              .filter((m) => m !== undefined);
            return (
              <li key={meeting.id} className="collab-meeting">
                <h3>{format.longDate(meeting.date)}</h3>
                {meeting.agenda ? (
                  <p>
                    <strong>{t('forum.agenda')}:</strong> {meeting.agenda}
                  </p>
                ) : null}
                {meeting.notes ? (
                  <p>
                    <strong>{t('forum.notes')}:</strong> {meeting.notes}
                  </p>
                ) : null}
                <details>
                  <summary>
                    {t('forum.attendance', {
                      present: present.length,
                      total: forum.members.length,
                    })}
                  </summary>
                  <ul>
                    {present.map((m) => (
                      <li key={m.id}>{memberName(m)}</li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const RATING_TONE = { 4: 'good', 3: 'good', 2: 'warn', 1: 'bad' } as const;

function AssessmentsSection({ assessments }: { assessments: Assessment[] }) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const headingId = useId();
  const sorted = [...assessments].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby={headingId} className="collab-section">
      <h2 id={headingId}>{t('forum.assessmentsHeading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('forum.noAssessments')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('forum.assessmentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forum.date')}</th>
                <th scope="col">{t('forum.rating')}</th>
                <th scope="col">{t('forum.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="nowrap">
                    {format.date(a.date)}
                  </th>
                  <td>
                    <StateBadge tone={RATING_TONE[a.rating as 1 | 2 | 3 | 4] ?? 'muted'}>
                      {a.rating} – {t(`ratings.${String(a.rating) as '1' | '2' | '3' | '4'}`)}
                    </StateBadge>
                  </td>
                  <td>{a.comment ?? t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
