import type { Language } from '../i18n/language.js';
import type {
  ActivityStatus,
  FundingSource,
  Level,
  ModelStep,
  PlanKind,
  PlanStatus,
  TargetGroup,
  Tier,
  ViolenceType,
} from './vocabulary.js';

/**
 * The domain's own words for each code, in both languages. Used wherever a code meets a
 * person: the admin, spreadsheets for Excel (export and import), reports.
 */
export const PLAN_LABELS = {
  sv: {
    violenceType: {
      mvk: 'Mäns våld mot kvinnor (MVK)',
      vinr: 'Våld i nära relationer (VINR)',
      hrv: 'Hedersrelaterat våld och förtryck (HRV)',
      violence_against_children: 'Våld mot barn',
      prostitution_trafficking: 'Prostitution och människohandel',
    } satisfies Record<ViolenceType, string>,
    modelStep: {
      organise: 'Organisera arbetet',
      map: 'Kartlägga våldet',
      analyse: 'Analysera',
      develop: 'Utveckla insatser',
      implement_follow_up: 'Genomföra och följa upp',
    } satisfies Record<ModelStep, string>,
    planKind: {
      action_plan: 'Handlingsplan',
      action_programme: 'Handlingsprogram',
      strategy: 'Strategi',
    } satisfies Record<PlanKind, string>,
    planStatus: {
      draft: 'Utkast',
      consultation: 'På remiss',
      adopted: 'Antagen',
      in_force: 'Gällande',
      replaced: 'Ersatt',
      archived: 'Arkiverad',
    } satisfies Record<PlanStatus, string>,
    level: {
      individual: 'Individ',
      organisation: 'Organisation',
      society: 'Samhälle',
    } satisfies Record<Level, string>,
    tier: {
      promotive: 'Främjande',
      preventive: 'Förebyggande',
      targeted: 'Riktat',
    } satisfies Record<Tier, string>,
    targetGroup: {
      employees: 'Medarbetare',
      residents: 'Invånare',
      children_youth: 'Barn och unga',
      victims: 'Våldsutsatta',
      perpetrators: 'Våldsutövare',
      relatives: 'Närstående',
    } satisfies Record<TargetGroup, string>,
    fundingSource: {
      municipal_budget: 'Kommunal budget',
      state_grant: 'Statsbidrag',
      other: 'Annan finansiering',
      none_identified: 'Ingen identifierad ännu',
    } satisfies Record<FundingSource, string>,
    activityStatus: {
      not_started: 'Ej påbörjad',
      ongoing: 'Pågår',
      done: 'Klar',
      delayed: 'Försenad',
      cancelled: 'Avbruten',
    } satisfies Record<ActivityStatus, string>,
  },
  en: {
    violenceType: {
      mvk: "Men's violence against women",
      vinr: 'Violence in close relationships',
      hrv: 'Honour-related violence and oppression',
      violence_against_children: 'Violence against children',
      prostitution_trafficking: 'Prostitution and human trafficking',
    } satisfies Record<ViolenceType, string>,
    modelStep: {
      organise: 'Organise the work',
      map: 'Map the violence',
      analyse: 'Analyse',
      develop: 'Develop activities',
      implement_follow_up: 'Implement and follow up',
    } satisfies Record<ModelStep, string>,
    planKind: {
      action_plan: 'Action plan',
      action_programme: 'Action programme',
      strategy: 'Strategy',
    } satisfies Record<PlanKind, string>,
    planStatus: {
      draft: 'Draft',
      consultation: 'On consultation',
      adopted: 'Adopted',
      in_force: 'In force',
      replaced: 'Replaced',
      archived: 'Archived',
    } satisfies Record<PlanStatus, string>,
    level: {
      individual: 'Individual',
      organisation: 'Organisation',
      society: 'Society',
    } satisfies Record<Level, string>,
    tier: {
      promotive: 'Promotive',
      preventive: 'Preventive',
      targeted: 'Targeted',
    } satisfies Record<Tier, string>,
    targetGroup: {
      employees: 'Employees',
      residents: 'Residents',
      children_youth: 'Children and young people',
      victims: 'Victims of violence',
      perpetrators: 'Perpetrators',
      relatives: 'Relatives',
    } satisfies Record<TargetGroup, string>,
    fundingSource: {
      municipal_budget: 'Municipal budget',
      state_grant: 'State grant',
      other: 'Other funding',
      none_identified: 'None identified yet',
    } satisfies Record<FundingSource, string>,
    activityStatus: {
      not_started: 'Not started',
      ongoing: 'Ongoing',
      done: 'Done',
      delayed: 'Delayed',
      cancelled: 'Cancelled',
    } satisfies Record<ActivityStatus, string>,
  },
} as const satisfies Record<Language, unknown>;

export type PlanLabelGroup = keyof (typeof PLAN_LABELS)['sv'];

/**
 * Reads a code back from what a person typed in a spreadsheet: the code itself, or its
 * label in either language, compared without regard to case or surrounding space.
 */
export function codeFromLabel<G extends PlanLabelGroup>(
  group: G,
  text: string,
): keyof (typeof PLAN_LABELS)['sv'][G] | undefined {
  const wanted = text.trim().toLocaleLowerCase('sv');
  if (!wanted) return undefined;
  for (const language of ['sv', 'en'] as const) {
    const labels = PLAN_LABELS[language][group] as Record<string, string>;
    for (const [code, label] of Object.entries(labels))
      if (code === wanted || label.toLocaleLowerCase('sv') === wanted)
        return code as keyof (typeof PLAN_LABELS)['sv'][G];
  }
  return undefined;
}
