import type {
  Activity,
  ActivityStatus,
  FundingSource,
  Level,
  TargetGroup,
  Tier,
  ViolenceType,
} from '@samla/domain';
import { parseWhole } from './format';

/** An activity as the form holds it: text as typed, '' for "none chosen". */
export interface ActivityDraft {
  title: string;
  description: string;
  goalId: string;
  responsibleUnitId: string;
  participatingUnitIds: string[];
  level: Level | '';
  tier: Tier | '';
  targetGroups: TargetGroup[];
  violenceTypes: ViolenceType[];
  methodId: string;
  methodText: string;
  startDate: string;
  endDate: string;
  budgetSek: string;
  fundingSource: FundingSource;
  status: ActivityStatus;
  progress: string;
  weight: string;
}

export const emptyDraft = (goalId = ''): ActivityDraft => ({
  title: '',
  description: '',
  goalId,
  responsibleUnitId: '',
  participatingUnitIds: [],
  level: '',
  tier: '',
  targetGroups: [],
  violenceTypes: [],
  methodId: '',
  methodText: '',
  startDate: '',
  endDate: '',
  budgetSek: '',
  fundingSource: 'none_identified',
  status: 'not_started',
  progress: '0',
  weight: '1',
});

export const draftOf = (a: Activity): ActivityDraft => ({
  title: a.title,
  description: a.description ?? '',
  goalId: a.goalId ?? '',
  responsibleUnitId: a.responsibleUnitId ?? '',
  participatingUnitIds: a.participatingUnitIds,
  level: a.level,
  tier: a.tier,
  targetGroups: a.targetGroups,
  violenceTypes: a.violenceTypes,
  methodId: a.methodId ?? '',
  methodText: a.methodText ?? '',
  startDate: a.startDate ?? '',
  endDate: a.endDate ?? '',
  budgetSek: a.budgetSek === null ? '' : String(a.budgetSek),
  fundingSource: a.fundingSource,
  status: a.status,
  progress: String(a.progress),
  weight: String(a.weight),
});

/** The draft as createActivitySchema / updateActivitySchema read it. */
export const activityValues = (d: ActivityDraft) => ({
  title: d.title,
  description: d.description,
  goalId: d.goalId || null,
  responsibleUnitId: d.responsibleUnitId || null,
  participatingUnitIds: d.participatingUnitIds,
  level: d.level || undefined,
  tier: d.tier || undefined,
  targetGroups: d.targetGroups,
  violenceTypes: d.violenceTypes,
  methodId: d.methodId || null,
  methodText: d.methodText,
  startDate: d.startDate || null,
  endDate: d.endDate || null,
  budgetSek: parseWhole(d.budgetSek),
  fundingSource: d.fundingSource,
  status: d.status,
  progress: parseWhole(d.progress),
  weight: parseWhole(d.weight),
});
