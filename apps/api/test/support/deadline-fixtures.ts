import type { TestApp } from './test-app.js';

/** An ISO date `days` from today (UTC; the tests keep clear of midnight by using whole days). */
export function daysFromToday(days: number): string {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A case with open assignments due on the given days from today, written as the owner. */
export async function caseWithAssignments(
  t: TestApp,
  tenantId: string,
  dueInDays: number[],
  fields: { responsibleUnitId?: string | null; title?: string } = {},
): Promise<{ caseId: string; assignmentIds: string[] }> {
  const [c] = await t.sql<{ id: string }>(
    `INSERT INTO cases (tenant_id, id, kind, title, submitted_on, status)
     VALUES ($1, gen_random_uuid(), 'commission', $2, '2024-01-10', 'open') RETURNING id`,
    [tenantId, fields.title ?? 'Uppdrag om samverkan'],
  );
  const assignmentIds: string[] = [];
  for (const [i, days] of dueInDays.entries()) {
    const [a] = await t.sql<{ id: string }>(
      `INSERT INTO assignments (tenant_id, id, case_id, title, responsible_unit_id, due_date, status)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, 'open') RETURNING id`,
      [
        tenantId,
        c?.id,
        `Återrapportera del ${i + 1}`,
        fields.responsibleUnitId ?? null,
        daysFromToday(days),
      ],
    );
    assignmentIds.push(a?.id as string);
  }
  return { caseId: c?.id as string, assignmentIds };
}
