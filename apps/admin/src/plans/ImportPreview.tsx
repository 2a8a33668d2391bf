import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat } from './format';
import { type ActivityImport, confirmImport } from './transfer.api';
import '../i18n/plans';

interface ImportPreviewProps {
  code: string;
  preview: ActivityImport;
  onConfirmed: (running: ActivityImport) => void;
  onStartOver: () => void;
}

/**
 * Step 2: what the file would do (new, changed, unchanged) and every row that cannot be
 * read, by its row number and column. Nothing is written until the user confirms, and
 * confirming is not possible while any row is rejected.
 */
export function ImportPreview({ code, preview, onConfirmed, onStartOver }: ImportPreviewProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const { created, updated, unchanged, rejected } = preview.summary;
  const blocked = rejected.length > 0;
  const confirm = useMutation({
    mutationFn: () => confirmImport(code, preview.planId, preview.id),
    onSuccess: onConfirmed,
  });
  const counts: Array<[string, number]> = [
    [t('plans.import.created'), created],
    [t('plans.import.updated'), updated],
    [t('plans.import.unchanged'), unchanged],
    [t('plans.import.rejected'), rejected.length],
  ];
  return (
    <>
      <p>
        {t('plans.import.previewOf', {
          file: preview.fileName,
          count: preview.totalRows,
          rows: format.number(preview.totalRows),
        })}
      </p>
      <dl className="counts">
        {counts.map(([label, value]) => (
          <div key={label} className="counts__item">
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {blocked ? (
        <section aria-labelledby="rejected-heading">
          <h3 id="rejected-heading">{t('plans.import.rejectedHeading')}</h3>
          <div className="table-scroll">
            <table className="table table--wide table--top">
              <caption className="visually-hidden">{t('plans.import.rejectedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.import.line')}</th>
                  <th scope="col">{t('plans.import.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{t('plans.import.lineNumber', { line: row.line })}</th>
                    <td>
                      <ul className="issues">
                        {row.issues.map((issue, index) => (
                          <li key={`${issue.field}-${index}`}>{issue.message}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : created + updated === 0 ? (
        <p className="alert alert--info">{t('plans.import.nothingToChange')}</p>
      ) : null}
      <ErrorAlert error={confirm.error} />
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={blocked || confirm.isPending}
          aria-describedby={blocked ? 'import-blocked' : undefined}
          onClick={() => confirm.mutate()}
        >
          {confirm.isPending ? t('plans.import.confirming') : t('plans.import.confirm')}
        </button>
        <button type="button" className="button" onClick={onStartOver}>
          {t('plans.import.otherFile')}
        </button>
      </div>
      {blocked ? (
        <p className="field__hint" id="import-blocked">
          {t('plans.import.blocked', { count: rejected.length })}
        </p>
      ) : null}
    </>
  );
}
