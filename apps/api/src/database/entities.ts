import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { PlatformAuditEventEntity } from '../audit/platform-audit-event.entity.js';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { OrgUnitEntity } from '../organisation/org-unit.entity.js';
import { MembershipUnitEntity } from '../tenancy/membership-unit.entity.js';
import { MembershipEntity } from '../tenancy/membership.entity.js';
import { ActionPlanEntity } from '../plans/action-plan.entity.js';
import { ActivityEntity, ActivityUnitEntity } from '../plans/activity.entity.js';
import { GoalEntity } from '../plans/goal.entity.js';
import { ProgrammeEntity, ProgrammeSteeringUnitEntity } from '../plans/programme.entity.js';
import { ProgressUpdateEntity } from '../plans/progress-update.entity.js';
import { ImportEntity } from '../plans/transfer/import.entity.js';
import { MethodEntity } from '../toolkit/method.entity.js';
import { PlanTemplateEntity } from '../toolkit/plan-template.entity.js';
import { TenantEntity } from '../tenancy/tenant.entity.js';
import { RegionCoordinatorEntity } from '../regions/region-coordinator.entity.js';
import { RegionSharingEntity } from '../regions/region-sharing.entity.js';
import {
  Agenda2030GoalEntity,
  Agenda2030IndicatorEntity,
  Agenda2030TargetEntity,
} from '../indicators/agenda2030.entity.js';
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import {
  ActivityIndicatorEntity,
  ActivityTargetEntity,
  GoalIndicatorEntity,
  GoalTargetEntity,
} from '../indicators/indicator-link.entity.js';
import { MeasurementEntity } from '../indicators/measurement.entity.js';
import { PlatformIndicatorEntity } from '../indicators/platform-indicator.entity.js';

import { AgreementEntity } from '../collaboration/agreement.entity.js';
import {
  AssessmentEntity,
  ForumEntity,
  ForumLinkEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  MemberEntity,
} from '../collaboration/forum.entity.js';
import { PartnerContactEntity, PartnerEntity } from '../collaboration/partner.entity.js';
import { AssignmentEntity } from '../governance/assignment.entity.js';
import { CaseEntity, CaseLinkEntity, CaseSettingsEntity } from '../governance/case.entity.js';
import { DecisionEntity, DecisionRecipientEntity } from '../governance/decision.entity.js';
import { CalendarFeedEntity } from '../deadlines/calendar-feed.entity.js';
import { ReminderEntity } from '../deadlines/reminder.entity.js';
import { ReportEntity } from '../reports/report.entity.js';
import { PublicationEntity, PublicationPlanEntity } from '../publication/publication.entity.js';

/** Every entity, listed explicitly: globs do not work with ES modules. */
export const ENTITIES = [
  TenantEntity,
  MembershipEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  LoginAttemptEntity,
  OrgUnitEntity,
  AuditEventEntity,
  PlatformAuditEventEntity,
  MembershipUnitEntity,
  MethodEntity,
  PlanTemplateEntity,
  ProgrammeEntity,
  ProgrammeSteeringUnitEntity,
  ActionPlanEntity,
  GoalEntity,
  ActivityEntity,
  ActivityUnitEntity,
  ProgressUpdateEntity,
  ImportEntity,
  Agenda2030GoalEntity,
  Agenda2030TargetEntity,
  Agenda2030IndicatorEntity,
  PlatformIndicatorEntity,
  IndicatorEntity,
  MeasurementEntity,
  GoalTargetEntity,
  ActivityTargetEntity,
  GoalIndicatorEntity,
  ActivityIndicatorEntity,
  PartnerEntity,
  PartnerContactEntity,
  ForumEntity,
  ForumLinkEntity,
  MemberEntity,
  MeetingEntity,
  MeetingAttendanceEntity,
  AssessmentEntity,
  AgreementEntity,
  CaseSettingsEntity,
  CaseEntity,
  CaseLinkEntity,
  DecisionEntity,
  DecisionRecipientEntity,
  AssignmentEntity,
  CalendarFeedEntity,
  ReminderEntity,
  ReportEntity,
  PublicationEntity,
  PublicationPlanEntity,
  RegionSharingEntity,
  RegionCoordinatorEntity,
];
