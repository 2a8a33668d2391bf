import { agreementStatus } from '../collaboration/agreement-status.js';
import type { CareService, PartnerType } from '../collaboration/vocabulary.js';
import { ACTIVITY_STATUSES, type ActivityStatus, type PlanStatus } from '../plans/vocabulary.js';
import { AGREEMENT_CATEGORIES, type AgreementCategory } from './vocabulary.js';

/**
 * The plan a comparison shows for a kommun: the one in force, else the newest adopted,
 * else the newest on remiss or in draft. Replaced and archived plans are history.
 */
export function currentPlan<P extends { status: PlanStatus; periodFrom: number; revision: number }>(
  plans: readonly P[],
): P | null {
  const rank: Partial<Record<PlanStatus, number>> = {
    in_force: 4,
    adopted: 3,
    consultation: 2,
    draft: 1,
  };
  let best: P | null = null;
  for (const p of plans) {
    const r = rank[p.status];
    if (!r) continue;
    const b = best ? (rank[best.status] ?? 0) : -1;
    if (
      !best ||
      r > b ||
      (r === b &&
        (p.periodFrom > best.periodFrom ||
          (p.periodFrom === best.periodFrom && p.revision > best.revision)))
    )
      best = p;
  }
  return best;
}

export interface StatusDistribution {
  counts: Record<ActivityStatus, number>;
  total: number;
  /** Whole percent per status; rounded so that they add up to 100 (largest remainder). */
  percent: Record<ActivityStatus, number>;
}

/** How a kommun's activities are spread over the statuses, for the status bars. */
export function statusDistribution(statuses: readonly ActivityStatus[]): StatusDistribution {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    ActivityStatus,
    number
  >;
  for (const s of statuses) counts[s]++;
  const total = statuses.length;
  const percent = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    ActivityStatus,
    number
  >;
  if (total > 0) {
    const exact = ACTIVITY_STATUSES.map((s) => ({ s, v: (counts[s] * 100) / total }));
    for (const e of exact) percent[e.s] = Math.floor(e.v);
    let left = 100 - exact.reduce((sum, e) => sum + Math.floor(e.v), 0);
    const byRemainder = [...exact].sort((a, b) => b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)));
    for (const e of byRemainder) {
      if (left <= 0) break;
      if (e.v - Math.floor(e.v) === 0) continue;
      percent[e.s]++;
      left--;
    }
  }
  return { counts, total, percent };
}

/** The comparison category of a partner; null for partners no category is about. */
export function agreementCategory(partner: {
  type: PartnerType;
  careService: CareService | null;
}): AgreementCategory | null {
  if (partner.type === 'womens_shelter') return 'womens_shelter';
  if (partner.type === 'police') return 'police';
  if (partner.type === 'region_healthcare' && partner.careService)
    return (AGREEMENT_CATEGORIES as readonly string[]).includes(partner.careService)
      ? (partner.careService as AgreementCategory)
      : null;
  return null;
}

export interface ComparedAgreement {
  category: AgreementCategory | null;
  signedOn: string;
  lastFollowUpOn: string | null;
}

/**
 * Which categories a kommun has a current agreement with: followed up (or signed) within
 * the last 24 months (agreementStatus; a lapsing one still counts until it lapses).
 */
export function currentAgreementCategories(
  agreements: readonly ComparedAgreement[],
  today: string,
): Set<AgreementCategory> {
  const found = new Set<AgreementCategory>();
  for (const a of agreements)
    if (a.category && agreementStatus(a, today).state !== 'lapsed') found.add(a.category);
  return found;
}

export interface AgreementShare {
  category: AgreementCategory;
  /** Kommuner (of those that share) with a current agreement in this category. */
  withCurrent: number;
  of: number;
  /** Whole percent; null when no kommun shares. */
  percent: number | null;
}

/** Per category, the share of the sharing kommuner that have a current agreement. */
export function agreementShares(perKommun: readonly Set<AgreementCategory>[]): AgreementShare[] {
  const of = perKommun.length;
  return AGREEMENT_CATEGORIES.map((category) => {
    const withCurrent = perKommun.filter((s) => s.has(category)).length;
    return {
      category,
      withCurrent,
      of,
      percent: of > 0 ? Math.round((withCurrent * 100) / of) : null,
    };
  });
}

/**
 * How a figure changed between two periods, in percent of the earlier one; null when
 * either is unknown (missing or suppressed: a suppressed value gives no growth, or the
 * growth would give the value away) or the earlier one is 0.
 */
export function growthPercent(earlier: number | null, later: number | null): number | null {
  if (earlier === null || later === null || earlier === 0) return null;
  return Math.round(((later - earlier) / Math.abs(earlier)) * 1000) / 10;
}
