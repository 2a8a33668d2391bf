import type { CadenceUnit, ForumKind, MemberRole } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A samverkansgrupp, nätverk or styrgrupp. */
@Entity('forums')
export class ForumEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: ForumKind;

  @Column('text', { nullable: true })
  purpose: string | null;

  @Column('uuid', { nullable: true })
  conveningUnitId: string | null;

  @Column('text', { nullable: true })
  cadenceUnit: CadenceUnit | null;

  @Column('integer', { nullable: true })
  cadenceCount: number | null;

  @Column('date', { nullable: true })
  activeFrom: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A plan or activity the forum serves. */
@Entity('forum_links')
export class ForumLinkEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  forumId: string;

  @Column('uuid', { nullable: true })
  planId: string | null;

  @Column('uuid', { nullable: true })
  activityId: string | null;
}

/** A member of a forum: a partner or one of the kommun's units, with a role. */
@Entity('members')
export class MemberEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  forumId: string;

  @Column('uuid', { nullable: true })
  partnerId: string | null;

  @Column('uuid', { nullable: true })
  orgUnitId: string | null;

  @Column('text')
  role: MemberRole;

  @Column('text', { nullable: true })
  representative: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A dated meeting of a forum. */
@Entity('meetings')
export class MeetingEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  forumId: string;

  @Column('date')
  date: string;

  @Column('text', { nullable: true })
  agenda: string | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Who was present at a meeting. */
@Entity('meeting_attendance')
export class MeetingAttendanceEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  meetingId: string;

  @PrimaryColumn('uuid')
  memberId: string;
}

/** A judgement of how the collaboration works. */
@Entity('assessments')
export class AssessmentEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  forumId: string;

  @Column('date')
  date: string;

  @Column('integer')
  rating: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('uuid', { nullable: true })
  meetingId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
