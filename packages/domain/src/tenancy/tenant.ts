import { z } from 'zod';
import { municipalityCode } from '../validation/fields.js';

export const onboardTenantSchema = z.strictObject({ code: municipalityCode });
export type OnboardTenantInput = z.infer<typeof onboardTenantSchema>;

export const tenantSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  createdAt: z.string(),
});
export type Tenant = z.infer<typeof tenantSchema>;
