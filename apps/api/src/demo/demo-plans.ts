// PLACEHOLDER (lead engineer): replaced by the demo plans content being written.
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
} from '@samla/domain';

export interface DemoProgressUpdate {
  date: string;
  status: ActivityStatus;
  progress: number;
  comment: string;
  by: 'strategist' | 'contributor';
}
export interface DemoActivity {
  title: string;
  description?: string;
  level: Level;
  tier: Tier;
  targetGroups: TargetGroup[];
  violenceTypes: ViolenceType[];
  methodName?: string;
  responsible: string;
  participating?: string[];
  startDate?: string;
  endDate?: string;
  budgetSek?: number;
  fundingSource: FundingSource;
  status: ActivityStatus;
  progress: number;
  weight?: number;
  updates?: DemoProgressUpdate[];
}
export interface DemoGoal {
  title: string;
  description?: string;
  activities: DemoActivity[];
  children?: DemoGoal[];
}
export interface DemoPlan {
  tenantCode: string;
  title: string;
  kind: PlanKind;
  description?: string;
  periodFrom: number;
  periodTo: number;
  owner: string;
  status: PlanStatus;
  adoption?: { decidedBy: string; decidedOn: string; paragraph: string };
  goals: DemoGoal[];
}
export interface DemoPlanFromTemplate {
  tenantCode: string;
  templateName: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  owner: string;
  description?: string;
  ownerCycle: string[];
}
export interface DemoProgramme {
  tenantCode: string;
  vision: string;
  violenceTypes: ViolenceType[];
  coordinating: string;
  steeringGroup: string[];
  modelStep: ModelStep;
}
export const DEMO_PROGRAMMES: DemoProgramme[] = [];
export const DEMO_PLANS: DemoPlan[] = [];
export const DEMO_PLANS_FROM_TEMPLATES: DemoPlanFromTemplate[] = [];
