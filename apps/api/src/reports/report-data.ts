import type {
  ActivityStatus,
  AgreementStatus,
  AssessmentRating,
  AssignmentState,
  Coverage,
  ForumKind,
  IndicatorUnit,
  Language,
  MeasurementState,
  PartnerType,
  PlanKind,
  PlanStatus,
  ProgressStatus,
  ReportPeriod,
} from '@samla/domain';

/**
 * Everything a återrapportering report shows, collected once and handed to the DOCX and
 * PDF writers, so both files say the same thing.
 */
export interface ReportData {
  language: Language;
  generatedOn: string;
  kommun: { name: string; code: string };
  plan: {
    title: string;
    kind: PlanKind;
    status: PlanStatus;
    periodFrom: number;
    periodTo: number;
    adoption: { decidedBy: string; decidedOn: string; paragraph: string } | null;
    ownerName: string | null;
    progress: number | null;
    activityCount: number;
  };
  period: ReportPeriod;
  statusCounts: Record<ActivityStatus, number>;
  goals: ReportGoal[];
  /** Activities that belong to no goal. */
  ungrouped: ReportActivity[];
  indicators: ReportIndicator[];
  coverage: Coverage;
  forums: ReportForum[];
  agreements: ReportAgreement[];
  assignments: ReportAssignment[];
}

export interface ReportGoal {
  number: string;
  title: string;
  depth: number;
  progress: number | null;
  activities: ReportActivity[];
}

export interface ReportActivity {
  title: string;
  responsible: string | null;
  status: ActivityStatus;
  progress: number;
  comments: Array<{ date: string; comment: string; authorName: string | null }>;
}

export interface ReportIndicator {
  name: string;
  unit: IndicatorUnit;
  higherIsBetter: boolean;
  baseline: { period: string; value: number } | null;
  target: { year: number; value: number } | null;
  latest: { period: string; value: number } | null;
  status: ProgressStatus;
  points: Array<{ period: string; state: MeasurementState; value: number | null }>;
}

export interface ReportForum {
  name: string;
  kind: ForumKind;
  cadence: { unit: 'term' | 'month' | 'year'; count: number } | null;
  meetingsInPeriod: number;
  behind: { missing: number; by: string } | null;
  shortPeriods: string[];
  latestAssessment: { date: string; rating: AssessmentRating } | null;
}

export interface ReportAgreement {
  partner: string;
  partnerType: PartnerType | null;
  subject: string;
  signedOn: string;
  lastFollowUpOn: string | null;
  followUp: AgreementStatus;
}

export interface ReportAssignment {
  title: string;
  caseLabel: string | null;
  responsible: string | null;
  reportTo: string | null;
  dueDate: string | null;
  state: AssignmentState;
}
