import { addDays, addMonths, daysBetween } from '../deadlines/dates.js';

/**
 * An överenskommelse counts as current only when it was followed up within the last 24
 * months, the measure Öppna jämförelser uses. A newly signed agreement counts from the day
 * it was signed. It is current through the same date 24 months on (followed up
 * 2023-03-15 → current through 2025-03-15, lapsed from 2025-03-16), and lapsing within the
 * last 60 days of that, so the kommun can follow it up in time.
 */
export const AGREEMENT_RULES = { validMonths: 24, warnDays: 60 } as const;

export interface AgreementStatus {
  state: 'current' | 'lapsing' | 'lapsed';
  /** The signing or the latest follow-up, whichever is later. */
  countedFrom: string;
  /** The last day the agreement counts as current: when it must be followed up. */
  followUpBy: string;
  /** Days from today to followUpBy (negative once lapsed). */
  daysLeft: number;
}

export function agreementStatus(
  agreement: { signedOn: string; lastFollowUpOn: string | null },
  today: string,
): AgreementStatus {
  const countedFrom =
    agreement.lastFollowUpOn && agreement.lastFollowUpOn > agreement.signedOn
      ? agreement.lastFollowUpOn
      : agreement.signedOn;
  const followUpBy = addMonths(countedFrom, AGREEMENT_RULES.validMonths);
  const daysLeft = daysBetween(today, followUpBy);
  const state =
    daysLeft < 0 ? 'lapsed' : daysLeft <= AGREEMENT_RULES.warnDays ? 'lapsing' : 'current';
  return { state, countedFrom, followUpBy, daysLeft };
}

/** The day the lapsing warning starts. */
export const lapsingFrom = (followUpBy: string) => addDays(followUpBy, -AGREEMENT_RULES.warnDays);
