import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { TenantRowsRepository } from '../collaboration/tenant-rows.repository.js';
import { AssignmentEntity } from './assignment.entity.js';
import { CaseEntity, CaseLinkEntity, CaseSettingsEntity } from './case.entity.js';
import { DecisionEntity, DecisionRecipientEntity } from './decision.entity.js';

export interface CaseFilter {
  status?: string;
  kind?: string;
  planId?: string;
  forumId?: string;
}

@Injectable()
export class CasesRepository extends TenantRowsRepository<CaseEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, CaseEntity);
  }

  list(tenantId: string, filter: CaseFilter): Promise<CaseEntity[]> {
    const qb = this.repo
      .createQueryBuilder('c')
      .where('c.tenant_id = :tenantId', { tenantId })
      .orderBy('c.submitted_on', 'DESC')
      .addOrderBy('c.title', 'ASC');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    for (const [column, value] of [
      ['plan_id', filter.planId],
      ['forum_id', filter.forumId],
    ] as const)
      if (value)
        qb.andWhere(
          `EXISTS (SELECT 1 FROM case_links l WHERE l.tenant_id = c.tenant_id AND l.case_id = c.id AND l.${column} = :${column})`,
          { [column]: value },
        );
    return qb.getMany();
  }

  links(tenantId: string, caseIds: string[]): Promise<CaseLinkEntity[]> {
    if (!caseIds.length) return Promise.resolve([]);
    return this.txHost.tx.getRepository(CaseLinkEntity).findBy({ tenantId, caseId: In(caseIds) });
  }

  /** Replaces the plans, activities or forums the case concerns (whichever are given). */
  async replaceLinks(
    tenantId: string,
    caseId: string,
    links: { planIds?: string[]; activityIds?: string[]; forumIds?: string[] },
  ): Promise<void> {
    const repo = this.txHost.tx.getRepository(CaseLinkEntity);
    for (const [column, key, ids] of [
      ['plan_id', 'planId', links.planIds],
      ['activity_id', 'activityId', links.activityIds],
      ['forum_id', 'forumId', links.forumIds],
    ] as const) {
      if (!ids) continue;
      await repo
        .createQueryBuilder()
        .delete()
        .where(`tenant_id = :tenantId AND case_id = :caseId AND ${column} IS NOT NULL`, {
          tenantId,
          caseId,
        })
        .execute();
      if (ids.length)
        await repo.insert(
          ids.map((id) => ({
            tenantId,
            id: randomUUID(),
            caseId,
            planId: null,
            activityId: null,
            forumId: null,
            [key]: id,
          })),
        );
    }
  }

  settings(tenantId: string): Promise<CaseSettingsEntity | null> {
    return this.txHost.tx.getRepository(CaseSettingsEntity).findOneBy({ tenantId });
  }

  /** Writes the settings at the expected version (0: never saved); false when stale. */
  async saveSettings(
    tenantId: string,
    expectedVersion: number,
    diarienummerPattern: string | null,
  ): Promise<boolean> {
    const repo = this.txHost.tx.getRepository(CaseSettingsEntity);
    if (expectedVersion === 0) {
      const result = await repo
        .createQueryBuilder()
        .insert()
        .values({ tenantId, diarienummerPattern })
        .orIgnore()
        .execute();
      return (result.raw as unknown[]).length > 0;
    }
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ diarienummerPattern, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('tenant_id = :tenantId AND version = :expectedVersion', { tenantId, expectedVersion })
      .execute();
    return Boolean(result.affected);
  }
}

@Injectable()
export class DecisionsRepository extends TenantRowsRepository<DecisionEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, DecisionEntity);
  }

  byCases(tenantId: string, caseIds: string[]): Promise<DecisionEntity[]> {
    if (!caseIds.length) return Promise.resolve([]);
    return this.repo.find({
      where: { tenantId, caseId: In(caseIds) },
      order: { meetingDate: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The meeting dates of bodies, known from their decisions: resolves "the June meeting". */
  async meetingDates(tenantId: string, bodyUnitIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (!bodyUnitIds.length) return result;
    const rows: Array<{ body_unit_id: string; meeting_date: string }> = await this.repo
      .createQueryBuilder('d')
      .select([
        'd.body_unit_id AS body_unit_id',
        "to_char(d.meeting_date, 'YYYY-MM-DD') AS meeting_date",
      ])
      .distinct(true)
      .where(
        'd.tenant_id = :tenantId AND d.body_unit_id IN (:...ids) AND d.meeting_date IS NOT NULL',
        {
          tenantId,
          ids: bodyUnitIds,
        },
      )
      .getRawMany();
    for (const row of rows)
      result.set(row.body_unit_id, [...(result.get(row.body_unit_id) ?? []), row.meeting_date]);
    return result;
  }

  recipients(tenantId: string, decisionIds: string[]): Promise<DecisionRecipientEntity[]> {
    if (!decisionIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(DecisionRecipientEntity)
      .findBy({ tenantId, decisionId: In(decisionIds) });
  }

  async replaceRecipients(tenantId: string, decisionId: string, unitIds: string[]): Promise<void> {
    const repo = this.txHost.tx.getRepository(DecisionRecipientEntity);
    await repo.delete({ tenantId, decisionId });
    if (unitIds.length)
      await repo.insert(unitIds.map((orgUnitId) => ({ tenantId, decisionId, orgUnitId })));
  }
}

@Injectable()
export class AssignmentsRepository extends TenantRowsRepository<AssignmentEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, AssignmentEntity);
  }

  byCases(tenantId: string, caseIds: string[]): Promise<AssignmentEntity[]> {
    if (!caseIds.length) return Promise.resolve([]);
    return this.repo.find({
      where: { tenantId, caseId: In(caseIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  open(tenantId: string): Promise<AssignmentEntity[]> {
    return this.repo.find({ where: { tenantId, status: 'open' } });
  }
}
