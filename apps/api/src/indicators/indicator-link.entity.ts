import { Entity, PrimaryColumn } from 'typeorm';

/** Links from plan goals and activities to Agenda 2030 targets and to indicators. */
@Entity('goal_targets')
export class GoalTargetEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  goalId: string;

  @PrimaryColumn('text')
  targetId: string;
}

@Entity('activity_targets')
export class ActivityTargetEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  activityId: string;

  @PrimaryColumn('text')
  targetId: string;
}

@Entity('goal_indicators')
export class GoalIndicatorEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  goalId: string;

  @PrimaryColumn('uuid')
  indicatorId: string;
}

@Entity('activity_indicators')
export class ActivityIndicatorEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  activityId: string;

  @PrimaryColumn('uuid')
  indicatorId: string;
}
