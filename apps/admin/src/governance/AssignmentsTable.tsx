import { type Assignment, isoDateIn, type OrgUnit, updateAssignmentSchema } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { StateBadge } from '../components/StateBadge';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { useFormat } from '../plans/format';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { caseKey, casesKey, updateAssignment } from './governance.api';
import { ASSIGNMENT_TONE, bodyLabel, useMonthName } from './labels';
import '../i18n/governance';

interface TableProps {
  code: string;
  caseId: string;
  assignments: Assignment[];
  unitsById: ReadonlyMap<string, OrgUnit>;
  canEdit: boolean;
  announce: (message: string) => void;
}

/** Who reports back, to which body, by when; overdue rows stand out in colour and in words. */
export function AssignmentsTable(props: TableProps) {
  const { code, caseId, assignments, unitsById, canEdit, announce } = props;
  const { t } = useTranslation('governance');
  const format = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  const monthName = useMonthName();
  if (assignments.length === 0) return <p>{t('case.noAssignments')}</p>;
  const columns = canEdit ? 6 : 5;
  return (
    <div className="table-scroll">
      <table className="table table--wide">
        <caption className="visually-hidden">{t('assignments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assignments.columns.title')}</th>
            <th scope="col">{t('assignments.columns.responsible')}</th>
            <th scope="col">{t('assignments.columns.reportTo')}</th>
            <th scope="col">{t('assignments.columns.due')}</th>
            <th scope="col">{t('assignments.columns.state')}</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t('assignments.markReported')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {assignments.flatMap((a) => {
            const responsible = [
              a.responsibleRole,
              a.responsibleUnitId ? unitsById.get(a.responsibleUnitId)?.name : null,
            ]
              .filter(Boolean)
              .join(', ');
            const rows = [
              <tr key={a.id} className={a.state === 'overdue' ? 'row--overdue' : undefined}>
                <th scope="row">{a.title}</th>
                <td>{responsible || t('none')}</td>
                <td>{a.reportToUnitId ? bodyLabel(unitsById.get(a.reportToUnitId)) : t('none')}</td>
                <td className="nowrap">
                  {a.due.date ? format.date(a.due.date) : t('none')}
                  {a.dueMeetingMonth ? (
                    <span className="table__note">
                      {t('assignments.dueMeeting', { month: monthName(a.dueMeetingMonth) })}
                      {a.due.source === 'end_of_month' ? ` ${t('assignments.dueEstimated')}` : ''}
                    </span>
                  ) : null}
                </td>
                <td>
                  <StateBadge tone={ASSIGNMENT_TONE[a.state]}>
                    {t(`assignmentStates.${a.state}`)}
                  </StateBadge>
                  <span className="table__note">
                    {a.reportedOn
                      ? t('assignments.reportedOn', { date: format.date(a.reportedOn) })
                      : a.daysLeft === null
                        ? ''
                        : a.daysLeft < 0
                          ? t('assignments.daysOverdue', { count: -a.daysLeft })
                          : t('assignments.daysLeft', { count: a.daysLeft })}
                  </span>
                </td>
                {canEdit ? (
                  <td>
                    {a.status === 'open' ? (
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={open === a.id}
                        aria-label={t('assignments.markReportedFor', { title: a.title })}
                        onClick={() => setOpen(open === a.id ? null : a.id)}
                      >
                        {t('assignments.markReported')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>,
            ];
            if (open === a.id)
              rows.push(
                <tr key={`${a.id}-report`}>
                  <td colSpan={columns}>
                    <ReportForm
                      code={code}
                      caseId={caseId}
                      assignment={a}
                      onDone={(message) => {
                        setOpen(null);
                        if (message) announce(message);
                      }}
                      announce={announce}
                    />
                  </td>
                </tr>,
              );
            return rows;
          })}
        </tbody>
      </table>
    </div>
  );
}

interface ReportProps {
  code: string;
  caseId: string;
  assignment: Assignment;
  onDone: (message: string) => void;
  announce: (message: string) => void;
}

/** Marks an assignment as reported back on a date; a 409 shows who changed it first. */
function ReportForm({ code, caseId, assignment, onDone, announce }: ReportProps) {
  const { t } = useTranslation('governance');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [date, setDate] = useState(() => isoDateIn(new Date()));
  const [baseVersion, setBaseVersion] = useState(assignment.version);

  const form = useValidatedMutation({
    schema: updateAssignmentSchema,
    values: {
      version: baseVersion,
      status: 'reported',
      reportedOn: date || null,
    },
    mutationFn: (input: Parameters<typeof updateAssignment>[3]) =>
      updateAssignment(code, caseId, assignment.id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKey(code, caseId) });
      void queryClient.invalidateQueries({ queryKey: [...casesKey(code), 'list'] });
      onDone(t('assignments.reportSaved'));
    },
  });
  const save = form.mutation;
  const current = staleCurrent<Assignment>(save.error);

  const reload = (latest: Assignment) => {
    setBaseVersion(latest.version);
    form.reset();
    void queryClient.invalidateQueries({ queryKey: caseKey(code, caseId) });
    announce(tc('conflict.reloaded'));
  };

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('assignments.reportHeading', { title: assignment.title })}</h3>
      {current ? (
        <StaleNotice
          facts={[
            [t('assignments.columns.state'), t(`assignmentStatuses.${current.status}`)],
            [
              t('assignments.reportDate'),
              current.reportedOn ? format.date(current.reportedOn) : t('none'),
            ],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <div className="collab-row-form">
        <TextField
          id={`reported-${assignment.id}`}
          name="reportedOn"
          type="date"
          label={t('assignments.reportDate')}
          value={date}
          onChange={setDate}
          error={form.errorFor('reportedOn')}
          className="field__control--short"
          required
        />
        <SubmitButton pending={save.isPending} label={t('assignments.reportSave')} />
        <button type="button" className="button" onClick={() => onDone('')}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
