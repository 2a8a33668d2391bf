import type {
  CreateIndicatorInput,
  Indicator,
  IndicatorDetail,
  KoladaImportInput,
  KoladaImportResult,
  Links,
  Measurement,
  MeasurementInput,
  PlatformIndicator,
  SetIndicatorTargetInput,
  UpsertMeasurementsResult,
} from '@samla/domain';
import { api, call } from '../api/client';

/** React-query keys: everything about a kommun's indicators starts with indicatorsKey. */
export const indicatorsKey = (code: string) => ['tenants', code, 'indicators'] as const;
export const indicatorKey = (code: string, id: string) => [...indicatorsKey(code), id] as const;
export const measurementsKey = (code: string, id: string) =>
  [...indicatorKey(code, id), 'measurements'] as const;
export const catalogueKey = ['indicators', 'catalogue'] as const;
export const linksKey = (code: string, kind: 'goal' | 'activity', id: string) =>
  ['tenants', code, `${kind}-links`, id] as const;

export const fetchIndicators = (code: string): Promise<Indicator[]> =>
  call(api.GET('/api/v1/tenants/{code}/indicators', { params: { path: { code } } }));

export const fetchCatalogue = (): Promise<PlatformIndicator[]> =>
  call(api.GET('/api/v1/indicators'));

export const fetchIndicator = (code: string, id: string): Promise<IndicatorDetail> =>
  call(api.GET('/api/v1/tenants/{code}/indicators/{id}', { params: { path: { code, id } } }));

/** Every figure of the indicator: the kommun's, and its län's and Sweden's for comparison. */
export const fetchMeasurements = (code: string, id: string): Promise<Measurement[]> =>
  call(
    api.GET('/api/v1/tenants/{code}/indicators/{id}/measurements', {
      params: { path: { code, id } },
    }),
  );

export const createIndicator = (code: string, body: CreateIndicatorInput): Promise<Indicator> =>
  call(api.POST('/api/v1/tenants/{code}/indicators', { params: { path: { code } }, body }));

export const followIndicator = (code: string, platformIndicatorId: string): Promise<Indicator> =>
  call(
    api.POST('/api/v1/tenants/{code}/indicators/follow', {
      params: { path: { code } },
      body: { platformIndicatorId },
    }),
  );

/** `body.version` is the version the edit was based on; a newer one answers 409 stale_version. */
export const setIndicatorTarget = (
  code: string,
  id: string,
  body: SetIndicatorTargetInput,
): Promise<Indicator> =>
  call(
    api.PUT('/api/v1/tenants/{code}/indicators/{id}/target', {
      params: { path: { code, id } },
      body,
    }),
  );

/** All rows are saved or none; issues are named `measurements.<row>.<field>`. */
export const upsertMeasurements = (
  code: string,
  id: string,
  measurements: MeasurementInput[],
): Promise<UpsertMeasurementsResult> =>
  call(
    api.PUT('/api/v1/tenants/{code}/indicators/{id}/measurements', {
      params: { path: { code, id } },
      body: { measurements },
    }),
  );

export const importFromKolada = (
  code: string,
  body: KoladaImportInput,
): Promise<KoladaImportResult> =>
  call(api.POST('/api/v1/tenants/{code}/kolada/import', { params: { path: { code } }, body }));

export const fetchLinks = (code: string, kind: 'goal' | 'activity', id: string): Promise<Links> =>
  kind === 'goal'
    ? call(api.GET('/api/v1/tenants/{code}/goals/{id}/links', { params: { path: { code, id } } }))
    : call(
        api.GET('/api/v1/tenants/{code}/activities/{id}/links', {
          params: { path: { code, id } },
        }),
      );

/** Replaces the targets and indicators a goal or activity is linked to. */
export const setLinks = (
  code: string,
  kind: 'goal' | 'activity',
  id: string,
  body: { targetIds: string[]; indicatorIds: string[] },
): Promise<Links> =>
  kind === 'goal'
    ? call(
        api.PUT('/api/v1/tenants/{code}/goals/{id}/links', {
          params: { path: { code, id } },
          body,
        }),
      )
    : call(
        api.PUT('/api/v1/tenants/{code}/activities/{id}/links', {
          params: { path: { code, id } },
          body,
        }),
      );
