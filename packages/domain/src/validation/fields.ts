import { z } from 'zod';
import { containsPersonalIdentityNumber } from './personal-data.js';

/**
 * Free text a user types: trimmed, bounded, and refused when it looks like it holds a
 * personnummer (see personal-data.ts).
 */
export const freeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !containsPersonalIdentityNumber(value), { error: 'personal_number' });

/** Optional free text; empty strings are stored as null. */
export const optionalFreeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !containsPersonalIdentityNumber(value), { error: 'personal_number' })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** The optimistic-concurrency version every update carries (see ADR 0004). */
export const versionField = z.int().min(1);

export const municipalityCode = z.string().regex(/^\d{4}$/, { error: 'municipality_code' });

export const uuid = z.uuid();
