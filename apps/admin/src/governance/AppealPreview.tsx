import { appealWindow } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../plans/format';
import '../i18n/governance';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The appeal window as the form is filled in, worked out by the domain's own rule
 * (appealWindow: three weeks from the anslag, moved to the next weekday when needed), so
 * the secretary sees the date before saving. Announced politely as it changes.
 */
export function AppealPreview({ noticePostedOn }: { noticePostedOn: string }) {
  const { t } = useTranslation('governance');
  const format = useFormat();
  const valid = ISO_DATE.test(noticePostedOn) && !Number.isNaN(Date.parse(noticePostedOn));
  const window = valid ? appealWindow(noticePostedOn) : null;
  return (
    <div className="appeal" aria-live="polite" data-testid="appeal-preview">
      <p>
        <strong>{t('decisionForm.appealHeading')}: </strong>
        {window
          ? t('decisionForm.appealLive', {
              posted: format.date(window.postedOn),
              date: format.date(window.lastDay),
            })
          : t('decisionForm.appealPending')}
      </p>
      {window?.extended ? (
        <p>{t('decisionForm.appealExtended', { nominal: format.date(window.nominalLastDay) })}</p>
      ) : null}
      {window ? (
        <p>{t('decisionForm.appealTakeDown', { date: format.date(window.noticeMayComeDownOn) })}</p>
      ) : null}
    </div>
  );
}
