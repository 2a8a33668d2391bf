import type { Tenant } from '@samla/domain';
import { api, call } from '../api/client';

export const TENANTS_KEY = ['tenants'] as const;

/** The kommuner the user may see (all of them for a platform admin). */
export const fetchTenants = (): Promise<Tenant[]> => call(api.GET('/api/v1/tenants'));
