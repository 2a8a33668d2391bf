import { z } from 'zod';
import { DEADLINE_KINDS } from './deadlines.js';

export const deadlineQuerySchema = z.strictObject({
  /** Only what is the caller's: their units' or assigned to them. */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** How far ahead to look, in days; overdue deadlines are always included. */
  horizonDays: z.coerce.number().int().min(1).max(730).default(180),
  kind: z.enum(DEADLINE_KINDS).optional(),
});
export type DeadlineQuery = z.infer<typeof deadlineQuerySchema>;

export const deadlineSchema = z.object({
  kind: z.enum(DEADLINE_KINDS),
  /** The assignment, agreement, forum or plan. */
  entityId: z.uuid(),
  /** The case an assignment belongs to. */
  caseId: z.uuid().nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  dueDate: z.string(),
  /** The due date is the end of a month because the body's meeting date is not known. */
  estimated: z.boolean(),
  state: z.enum(['overdue', 'due_soon', 'upcoming']),
  daysLeft: z.int(),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUserId: z.uuid().nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const calendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  /** The subscription URL: only in the answer that creates it; Samla keeps only a hash. */
  url: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
