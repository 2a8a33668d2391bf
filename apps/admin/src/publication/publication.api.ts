import type { Publication, UpdatePublicationInput } from '@samla/domain';
import { api, call } from '../api/client';

export const publicationKey = (code: string) => ['tenants', code, 'publication'] as const;

export const fetchPublication = (code: string): Promise<Publication> =>
  call(api.GET('/api/v1/tenants/{code}/publication', { params: { path: { code } } }));

/** `body.version` is the version the edit started from; a newer one answers 409 stale_version. */
export const updatePublication = (
  code: string,
  body: UpdatePublicationInput,
): Promise<Publication> =>
  call(api.PUT('/api/v1/tenants/{code}/publication', { params: { path: { code } }, body }));
