import type { ProgressUpdate } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import { ProgressBar } from './ProgressBar';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/** Uppföljning: every recorded update, newest first. */
export function ProgressHistory({ updates }: { updates: readonly ProgressUpdate[] }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  if (updates.length === 0) return <p>{t('plans.history.empty')}</p>;
  const newestFirst = [...updates].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <div className="table-scroll">
      <table className="table table--wide table--top">
        <caption className="visually-hidden">{t('plans.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.history.date')}</th>
            <th scope="col">{t('plans.fields.status')}</th>
            <th scope="col">{t('plans.fields.progress')}</th>
            <th scope="col">{t('plans.history.comment')}</th>
            <th scope="col">{t('plans.history.author')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((update) => (
            <tr key={update.id}>
              <th scope="row">{format.date(update.date)}</th>
              <td>{labels.activityStatus[update.status]}</td>
              <td>
                <ProgressBar value={update.progress} />
              </td>
              <td className="table__text">{update.comment ?? t('plans.none')}</td>
              <td>{update.authorName ?? t('plans.history.unknownAuthor')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
