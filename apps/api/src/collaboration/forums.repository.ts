import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import {
  AssessmentEntity,
  ForumEntity,
  ForumLinkEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  MemberEntity,
} from './forum.entity.js';
import { TenantRowsRepository } from './tenant-rows.repository.js';

@Injectable()
export class ForumsRepository extends TenantRowsRepository<ForumEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, ForumEntity);
  }

  list(tenantId: string): Promise<ForumEntity[]> {
    return this.repo.find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  links(tenantId: string, forumIds: string[]): Promise<ForumLinkEntity[]> {
    if (!forumIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(ForumLinkEntity)
      .findBy({ tenantId, forumId: In(forumIds) });
  }

  /** Replaces the plans or the activities the forum serves (whichever is given). */
  async replaceLinks(
    tenantId: string,
    forumId: string,
    links: { planIds?: string[]; activityIds?: string[] },
  ): Promise<void> {
    const repo = this.txHost.tx.getRepository(ForumLinkEntity);
    for (const [column, ids] of [
      ['planId', links.planIds],
      ['activityId', links.activityIds],
    ] as const) {
      if (!ids) continue;
      await repo
        .createQueryBuilder()
        .delete()
        .where(
          `tenant_id = :tenantId AND forum_id = :forumId AND ${column === 'planId' ? 'plan_id' : 'activity_id'} IS NOT NULL`,
          {
            tenantId,
            forumId,
          },
        )
        .execute();
      if (ids.length)
        await repo.insert(
          ids.map((id) => ({
            tenantId,
            id: randomUUID(),
            forumId,
            planId: column === 'planId' ? id : null,
            activityId: column === 'activityId' ? id : null,
          })),
        );
    }
  }

  members(tenantId: string, forumIds: string[]): Promise<MemberEntity[]> {
    if (!forumIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(MemberEntity)
      .find({ where: { tenantId, forumId: In(forumIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  meetingDates(
    tenantId: string,
    forumIds: string[],
  ): Promise<Array<{ forumId: string; date: string }>> {
    if (!forumIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(MeetingEntity)
      .find({ select: { forumId: true, date: true }, where: { tenantId, forumId: In(forumIds) } });
  }

  async latestAssessments(tenantId: string, forumIds: string[]): Promise<AssessmentEntity[]> {
    if (!forumIds.length) return [];
    return this.txHost.tx
      .getRepository(AssessmentEntity)
      .createQueryBuilder('a')
      .distinctOn(['a.forum_id'])
      .where('a.tenant_id = :tenantId AND a.forum_id IN (:...forumIds)', { tenantId, forumIds })
      .orderBy('a.forum_id')
      .addOrderBy('a.date', 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      .getMany();
  }

  /** Assessments of these forums, for case timelines. */
  assessments(tenantId: string, forumIds: string[]): Promise<AssessmentEntity[]> {
    if (!forumIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(AssessmentEntity)
      .find({ where: { tenantId, forumId: In(forumIds) }, order: { date: 'ASC' } });
  }
}

@Injectable()
export class MembersRepository extends TenantRowsRepository<MemberEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, MemberEntity);
  }
}

@Injectable()
export class MeetingsRepository extends TenantRowsRepository<MeetingEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, MeetingEntity);
  }

  attendance(tenantId: string, meetingIds: string[]): Promise<MeetingAttendanceEntity[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(MeetingAttendanceEntity)
      .findBy({ tenantId, meetingId: In(meetingIds) });
  }

  async replaceAttendance(tenantId: string, meetingId: string, memberIds: string[]): Promise<void> {
    const repo = this.txHost.tx.getRepository(MeetingAttendanceEntity);
    await repo.delete({ tenantId, meetingId });
    if (memberIds.length)
      await repo.insert(memberIds.map((memberId) => ({ tenantId, meetingId, memberId })));
  }
}

@Injectable()
export class AssessmentsRepository extends TenantRowsRepository<AssessmentEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, AssessmentEntity);
  }
}
