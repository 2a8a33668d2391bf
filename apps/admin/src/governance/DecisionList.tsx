import type { Decision, OrgUnit } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../plans/format';
import { bodyLabel } from './labels';
import '../i18n/governance';

interface ListProps {
  decisions: Decision[];
  unitsById: ReadonlyMap<string, OrgUnit>;
}

/** Each decision or proposal as the protocol has it, with its appeal window when known. */
export function DecisionList({ decisions, unitsById }: ListProps) {
  const { t } = useTranslation('governance');
  const format = useFormat();
  const dateOf = (d: Decision) => d.meetingDate ?? d.proposedOn ?? '';
  const sorted = [...decisions].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  if (sorted.length === 0) return <p>{t('case.noDecisions')}</p>;
  return (
    <>
      {sorted.map((d) => {
        const body = bodyLabel(unitsById.get(d.bodyUnitId));
        const date = dateOf(d);
        const recipients = [
          ...d.sentToUnitIds.map((id) => unitsById.get(id)?.name ?? '…'),
          ...d.sentToOthers,
        ];
        return (
          <article key={d.id} className="decision">
            <h3>
              {d.status === 'proposed' ? `${t('decisionStatuses.proposed')}: ` : ''}
              {t('decision.heading', { body, date: date ? format.date(date) : '' })}
              {d.paragraph
                ? ` ${t('decision.paragraph', { paragraph: d.paragraph.replace(/^§\s*/, '') })}`
                : ''}
            </h3>
            <ol aria-label={t('decision.points')}>
              {d.points.map((point, i) => (
                <li key={i}>{point}</li>
              ))}
            </ol>
            {d.summary ? <p>{d.summary}</p> : null}
            <dl className="facts">
              {recipients.length > 0 ? (
                <>
                  <dt>{t('decision.sentTo')}</dt>
                  <dd>{recipients.join(', ')}</dd>
                </>
              ) : null}
              {d.justeringOn ? (
                <>
                  <dt>{t('decision.justering')}</dt>
                  <dd>{format.date(d.justeringOn)}</dd>
                </>
              ) : null}
              {d.noticePostedOn ? (
                <>
                  <dt>{t('decision.notice')}</dt>
                  <dd>
                    {d.noticeRemovedOn
                      ? t('decision.noticeRange', {
                          from: format.date(d.noticePostedOn),
                          to: format.date(d.noticeRemovedOn),
                        })
                      : t('decision.noticeUp', { from: format.date(d.noticePostedOn) })}
                  </dd>
                </>
              ) : null}
            </dl>
            {d.status === 'decided' ? <AppealNote decision={d} /> : null}
          </article>
        );
      })}
    </>
  );
}

function AppealNote({ decision }: { decision: Decision }) {
  const { t } = useTranslation('governance');
  const format = useFormat();
  const appeal = decision.appeal;
  if (!appeal) return <p className="muted">{t('decision.noAppeal')}</p>;
  const open = appeal.state === 'open';
  return (
    <div className={open ? 'appeal' : 'appeal appeal--closed'}>
      <p>
        <strong>{t('decision.appeal')}: </strong>
        {open
          ? t('decision.appealOpen', { date: format.date(appeal.lastDay) })
          : t('decision.appealClosed', { date: format.date(appeal.lastDay) })}
      </p>
      {appeal.extended ? (
        <p>
          {t('decision.appealExtended', {
            nominal: format.date(appeal.nominalLastDay),
            date: format.date(appeal.lastDay),
          })}
        </p>
      ) : null}
      {appeal.noticeRemovedEarly ? (
        <p>{t('decision.appealNoticeEarly', { date: format.date(appeal.noticeMayComeDownOn) })}</p>
      ) : null}
    </div>
  );
}
