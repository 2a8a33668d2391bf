/**
 * The words of "En kommun fri från våld" as code. Swedish labels live in the message
 * catalogues (plan-labels.ts); these codes are what the API and the database store.
 */

/** Violence types in scope: MVK, VINR, HRV, våld mot barn, prostitution och människohandel. */
export const VIOLENCE_TYPES = [
  'mvk',
  'vinr',
  'hrv',
  'violence_against_children',
  'prostitution_trafficking',
] as const;
export type ViolenceType = (typeof VIOLENCE_TYPES)[number];

/** The model's steps: organisera, kartlägga, analysera, utveckla insatser, genomföra och följa upp. */
export const MODEL_STEPS = [
  'organise',
  'map',
  'analyse',
  'develop',
  'implement_follow_up',
] as const;
export type ModelStep = (typeof MODEL_STEPS)[number];

/** handlingsplan, handlingsprogram, strategi */
export const PLAN_KINDS = ['action_plan', 'action_programme', 'strategy'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** utkast → remiss → antagen → gällande → ersatt / arkiverad */
export const PLAN_STATUSES = [
  'draft',
  'consultation',
  'adopted',
  'in_force',
  'replaced',
  'archived',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** individ, organisation, samhälle */
export const LEVELS = ['individual', 'organisation', 'society'] as const;
export type Level = (typeof LEVELS)[number];

/** främjande (universellt), förebyggande (selektivt), riktat */
export const TIERS = ['promotive', 'preventive', 'targeted'] as const;
export type Tier = (typeof TIERS)[number];

/** medarbetare, invånare, barn och unga, våldsutsatta, våldsutövare, närstående */
export const TARGET_GROUPS = [
  'employees',
  'residents',
  'children_youth',
  'victims',
  'perpetrators',
  'relatives',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** kommunal budget, statsbidrag, annan, ingen identifierad ännu */
export const FUNDING_SOURCES = [
  'municipal_budget',
  'state_grant',
  'other',
  'none_identified',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** ej påbörjad, pågår, klar, försenad, avbruten */
export const ACTIVITY_STATUSES = [
  'not_started',
  'ongoing',
  'done',
  'delayed',
  'cancelled',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
