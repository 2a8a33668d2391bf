import type { CadencePeriod, Forum } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import type { Tone } from '../components/StateBadge';
import '../i18n/collaboration';

export const CADENCE_TONE: Record<CadencePeriod['state'], Tone> = {
  met: 'good',
  on_track: 'good',
  behind: 'warn',
  short: 'bad',
};

export const AGREEMENT_TONE = { current: 'good', lapsing: 'warn', lapsed: 'bad' } as const;

/** Words for the cadence: "2 gånger per termin", "höstterminen 2020". */
export function useCadenceText() {
  const { t } = useTranslation('collaboration');
  return {
    cadence: (cadence: Forum['cadence']) =>
      cadence ? t(`cadence.${cadence.unit}`, { count: cadence.count }) : t('cadence.none'),
    /** 2020-HT → höstterminen 2020; months and years stay as they are. */
    period: (key: string) => {
      const term = /^(\d{4})-(VT|HT)$/.exec(key);
      if (!term) return key;
      return term[2] === 'VT'
        ? t('cadence.vt', { year: term[1] })
        : t('cadence.ht', { year: term[1] });
    },
  };
}
