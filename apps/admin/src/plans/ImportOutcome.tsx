import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat } from './format';
import { planKey, plansKey } from './plans.api';
import { fetchImport, importKey } from './transfer.api';
import '../i18n/plans';

interface ImportOutcomeProps {
  code: string;
  planId: string;
  importId: string;
  onFinished: () => void;
  onStartOver: () => void;
}

/** Steps 3 and 4: the import runs on the server; follow it until it is done or has failed. */
export function ImportOutcome({
  code,
  planId,
  importId,
  onFinished,
  onStartOver,
}: ImportOutcomeProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const progress = useQuery({
    queryKey: importKey(code, planId, importId),
    queryFn: () => fetchImport(code, planId, importId),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 700;
    },
  });
  const current = progress.data;
  const finished = current?.status === 'done' || current?.status === 'failed';

  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: planKey(code, planId) });
    void queryClient.invalidateQueries({ queryKey: plansKey(code), exact: true });
    onFinished();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when it finishes
  }, [finished]);

  const planLink = (
    <p>
      <Link to={`/t/${encodeURIComponent(code)}/plans/${planId}`}>
        {t('plans.import.openPlan')}
      </Link>
    </p>
  );
  if (progress.isError) return <ErrorAlert error={progress.error} />;
  if (!current) return null;

  if (current.status === 'failed') {
    return (
      <>
        <div className="alert alert--error" role="alert">
          <p>{current.error?.message ?? tc('errors.unexpected')}</p>
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onStartOver}>
            {t('plans.import.tryAgain')}
          </button>
        </div>
        {planLink}
      </>
    );
  }

  if (current.status === 'done') {
    const { created, updated, unchanged } = current.summary;
    return (
      <>
        <p className="alert alert--success" role="status">
          {t('plans.import.done', {
            created: format.number(created),
            updated: format.number(updated),
            unchanged: format.number(unchanged),
          })}
        </p>
        {planLink}
      </>
    );
  }

  const total = Math.max(current.totalRows, 1);
  return (
    <>
      <label htmlFor="import-progress" className="field__label">
        {t('plans.import.progressLabel')}
      </label>
      <progress
        id="import-progress"
        className="import-progress"
        max={total}
        value={current.processedRows}
      />
      <p role="status">
        {t('plans.import.progress', {
          processed: format.number(current.processedRows),
          total: format.number(current.totalRows),
        })}
      </p>
    </>
  );
}
