import type { CalendarFeed } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useFormat } from '../plans/format';
import {
  calendarFeedKey,
  createCalendarFeed,
  fetchCalendarFeed,
  revokeCalendarFeed,
} from './deadlines.api';
import '../i18n/deadlines';

/**
 * Kalender: the user's secret iCalendar URL. Samla keeps only a hash of it, so the URL can be
 * shown (and copied) only in the answer that creates it; renewing makes a new one and the
 * old stops working; revoking ends it.
 */
export function CalendarFeedPanel({ code }: { code: string }) {
  const { t } = useTranslation('deadlines');
  const format = useFormat();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [mineOnly, setMineOnly] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const feed = useQuery({
    queryKey: calendarFeedKey(code),
    queryFn: () => fetchCalendarFeed(code),
    enabled: code !== '',
  });
  const create = useMutation({
    mutationFn: () => createCalendarFeed(code, mineOnly),
    onSuccess: (created: CalendarFeed) => {
      queryClient.setQueryData(calendarFeedKey(code), { ...created, url: null });
      setUrl(created.url);
      setMessage(t('feed.created'));
    },
  });
  const revoke = useMutation({
    mutationFn: () => revokeCalendarFeed(code),
    onSuccess: () => {
      queryClient.setQueryData(calendarFeedKey(code), {
        active: false,
        createdAt: null,
        url: null,
      });
      setUrl(null);
      setMessage(t('feed.revoked'));
    },
  });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('feed.copied'));
    } catch {
      setMessage(t('feed.copyFailed'));
    }
  };
  const busy = create.isPending || revoke.isPending;
  const active = feed.data?.active ?? false;

  return (
    <section aria-labelledby={headingId} className="collab-section panel">
      <h2 id={headingId}>{t('feed.heading')}</h2>
      <p>{t('feed.intro')}</p>
      <p className="status-message" role="status">
        {message}
      </p>
      {feed.isPending ? <Loading /> : null}
      <ErrorAlert error={feed.error ?? create.error ?? revoke.error} />
      {feed.data ? (
        <>
          {active ? (
            <p>
              {feed.data.createdAt
                ? t('feed.active', { date: format.dateTime(feed.data.createdAt) })
                : null}{' '}
              {url ? null : t('feed.activeHidden')}
            </p>
          ) : (
            <p>{t('feed.inactive')}</p>
          )}
          {url ? (
            <div className="feed-url">
              <div className="field">
                <label className="field__label" htmlFor={`${headingId}-url`}>
                  {t('feed.url')}
                </label>
                <p className="field__hint" id={`${headingId}-url-hint`}>
                  {t('feed.urlHint')}
                </p>
                <input
                  id={`${headingId}-url`}
                  className="field__control"
                  value={url}
                  readOnly
                  aria-describedby={`${headingId}-url-hint`}
                  onFocus={(event) => event.target.select()}
                />
              </div>
              <button type="button" className="button" onClick={() => void copy()}>
                {t('feed.copy')}
              </button>
            </div>
          ) : null}
          <label className="choice">
            <input
              type="checkbox"
              checked={mineOnly}
              onChange={(event) => setMineOnly(event.target.checked)}
            />
            <span>{t('feed.mineOnly')}</span>
          </label>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => create.mutate()}
              aria-describedby={active ? `${headingId}-renew-hint` : undefined}
            >
              {busy ? t('feed.working') : active ? t('feed.renew') : t('feed.create')}
            </button>
            {active ? (
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                onClick={() => revoke.mutate()}
              >
                {t('feed.revoke')}
              </button>
            ) : null}
          </div>
          {active ? (
            <p className="field__hint" id={`${headingId}-renew-hint`}>
              {t('feed.renewHint')}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
