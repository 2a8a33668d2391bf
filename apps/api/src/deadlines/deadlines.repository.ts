import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { ReminderEntity } from './reminder.entity.js';
import { declareActor } from '../database/declare-actor.js';

export interface PlanEnding {
  id: string;
  title: string;
  periodTo: number;
  ownerUnitId: string | null;
}

export interface TenantUser {
  userId: string;
  email: string;
  role: string;
  unitIds: string[];
}

/** The queries deadlines, calendar feeds and reminders need, in one kommun at a time. */
@Injectable()
export class DeadlinesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get tx() {
    return this.txHost.tx;
  }

  /** Hands PostgreSQL the kommun (and user) of the current transaction, for RLS. */
  async actAs(tenantId: string, userId: string | null = null): Promise<void> {
    await declareActor(this.tx, tenantId, userId);
  }

  /** Every kommun, for the reminder job (tenants is readable without a tenant). */
  async tenants(): Promise<Array<{ id: string; code: string }>> {
    const rows: Array<{ id: string; code: string }> = await this.tx.query(
      `SELECT id::text, code FROM tenants ORDER BY code`,
    );
    return rows;
  }

  async tenantByCode(code: string): Promise<{ id: string; code: string } | null> {
    const rows: Array<{ id: string; code: string }> = await this.tx.query(
      `SELECT id::text, code FROM tenants WHERE code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  /** Plans adopted or in force: their period ends on 31 December of `periodTo`. */
  async plansInForce(tenantId: string): Promise<PlanEnding[]> {
    const rows: Array<{
      id: string;
      title: string;
      period_to: number;
      owner_unit_id: string | null;
    }> = await this.tx.query(
      `SELECT id::text, title, period_to, owner_unit_id::text FROM action_plans
          WHERE tenant_id = $1 AND status IN ('adopted', 'in_force')`,
      [tenantId],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      periodTo: Number(r.period_to),
      ownerUnitId: r.owner_unit_id,
    }));
  }

  async caseTitles(tenantId: string): Promise<Map<string, string>> {
    const rows: Array<{ id: string; title: string }> = await this.tx.query(
      `SELECT id::text, title FROM cases WHERE tenant_id = $1`,
      [tenantId],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /** The kommun's users with their roles and, for contributors, their units. */
  async users(tenantId: string): Promise<TenantUser[]> {
    const rows: Array<{ user_id: string; email: string; role: string; unit_ids: string[] | null }> =
      await this.tx.query(
        `SELECT m.user_id::text, u.email, m.role,
                array_remove(array_agg(mu.org_unit_id::text), NULL) AS unit_ids
           FROM memberships m
           JOIN users u ON u.id = m.user_id
           LEFT JOIN membership_units mu ON mu.tenant_id = m.tenant_id AND mu.user_id = m.user_id
          WHERE m.tenant_id = $1
          GROUP BY m.user_id, u.email, m.role`,
        [tenantId],
      );
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      role: r.role,
      unitIds: r.unit_ids ?? [],
    }));
  }

  // ---- Calendar feeds -------------------------------------------------------------------

  feedOf(tenantId: string, userId: string): Promise<CalendarFeedEntity | null> {
    return this.tx.getRepository(CalendarFeedEntity).findOneBy({ tenantId, userId });
  }

  feedByHash(tenantId: string, tokenHash: Buffer): Promise<CalendarFeedEntity | null> {
    return this.tx.getRepository(CalendarFeedEntity).findOneBy({ tenantId, tokenHash });
  }

  /** A new secret replaces any earlier one: the old URL stops working at once. */
  async saveFeed(tenantId: string, userId: string, tokenHash: Buffer, mineOnly: boolean) {
    await this.tx.query(
      `INSERT INTO calendar_feeds (tenant_id, user_id, token_hash, mine_only, created_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (tenant_id, user_id)
       DO UPDATE SET token_hash = EXCLUDED.token_hash, mine_only = EXCLUDED.mine_only,
                     created_at = now(), last_used_at = NULL`,
      [tenantId, userId, tokenHash, mineOnly],
    );
  }

  async deleteFeed(tenantId: string, userId: string): Promise<boolean> {
    const result = await this.tx.getRepository(CalendarFeedEntity).delete({ tenantId, userId });
    return Boolean(result.affected);
  }

  async touchFeed(tenantId: string, userId: string): Promise<void> {
    await this.tx
      .getRepository(CalendarFeedEntity)
      .update({ tenantId, userId }, { lastUsedAt: new Date() });
  }

  // ---- Reminders ------------------------------------------------------------------------

  /**
   * Records a reminder as pending unless its key is already taken; true when this call
   * took it. The unique key is the only arbiter: two instances, or a restart, cannot both
   * take the same reminder.
   */
  async claimReminder(
    row: Omit<ReminderEntity, 'id' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt'>,
  ): Promise<boolean> {
    const rows: unknown[] = await this.tx.query(
      `INSERT INTO reminders (tenant_id, id, reminder_key, deadline_kind, entity_id, due_date,
                              recipient_user_id, recipient_email, subject, body, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending')
       ON CONFLICT (tenant_id, reminder_key) DO NOTHING
       RETURNING id`,
      [
        row.tenantId,
        randomUUID(),
        row.reminderKey,
        row.deadlineKind,
        row.entityId,
        row.dueDate,
        row.recipientUserId,
        row.recipientEmail,
        row.subject,
        row.body,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Takes the next pending reminder and marks it 'sending' (committed before the e-mail
   * goes out). SKIP LOCKED lets instances work side by side; the status check makes a row
   * another instance has already taken invisible.
   */
  async takeNextReminder(tenantId: string): Promise<ReminderEntity | null> {
    // For UPDATE … RETURNING TypeORM answers [rows, affected count].
    const [rows]: [Array<Record<string, string>>, number] = await this.tx.query(
      `UPDATE reminders SET status = 'sending', attempts = attempts + 1
        WHERE (tenant_id, id) = (
          SELECT tenant_id, id FROM reminders
           WHERE tenant_id = $1 AND status = 'pending'
           ORDER BY created_at, id
           FOR UPDATE SKIP LOCKED
           LIMIT 1)
        RETURNING id::text, recipient_email, subject, body`,
      [tenantId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      recipientEmail: row.recipient_email,
      subject: row.subject,
      body: row.body,
    } as ReminderEntity;
  }

  /** Failed reminders (refused by the server) are tried again on the next pass, a few times. */
  async retryFailed(tenantId: string, maxAttempts: number): Promise<void> {
    await this.tx.query(
      `UPDATE reminders SET status = 'pending' WHERE tenant_id = $1 AND status = 'failed' AND attempts < $2`,
      [tenantId, maxAttempts],
    );
  }

  /** Records a reminder as sent without sending it (the demo's history). */
  async markSentByKey(tenantId: string, reminderKey: string): Promise<void> {
    await this.tx.query(
      `UPDATE reminders SET status = 'sent', sent_at = now(), attempts = 1
        WHERE tenant_id = $1 AND reminder_key = $2`,
      [tenantId, reminderKey],
    );
  }

  async markReminder(tenantId: string, id: string, outcome: { sent: true } | { error: string }) {
    if ('sent' in outcome)
      await this.tx.query(
        `UPDATE reminders SET status = 'sent', sent_at = now(), last_error = NULL WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id],
      );
    else
      await this.tx.query(
        `UPDATE reminders SET status = 'failed', last_error = $3 WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id, outcome.error.slice(0, 500)],
      );
  }
}
