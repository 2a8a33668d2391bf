import {
  indicatorTrend,
  progressStatus,
  type Indicator,
  type Measurement,
  type PlatformIndicator,
  type ProgressExplanation,
  type StatusSeriesPoint,
} from '@samla/domain';
import type { IndicatorRow } from './indicators.repository.js';
import type { MeasurementEntity } from './measurement.entity.js';
import type { PlatformIndicatorEntity } from './platform-indicator.entity.js';

/** Entities and rows → the shapes the API answers with (declared in @samla/domain). */

export const toPlatformIndicator = (e: PlatformIndicatorEntity): PlatformIndicator => ({
  id: e.id,
  kind: e.kind,
  koladaId: e.koladaId,
  agenda2030IndicatorId: e.agenda2030IndicatorId,
  nameSv: e.nameSv,
  nameEn: e.nameEn,
  description: e.description,
  unit: e.unit,
  higherIsBetter: e.higherIsBetter,
  periodType: e.periodType,
  genderSplit: e.genderSplit,
  source: e.source,
  agenda2030TargetId: e.agenda2030TargetId,
  version: e.version,
  updatedAt: e.updatedAt.toISOString(),
});

export const progressOf = (row: IndicatorRow, points: StatusSeriesPoint[]): ProgressExplanation =>
  progressStatus({
    periodType: row.periodType,
    higherIsBetter: row.higherIsBetter,
    baselinePeriod: row.baselinePeriod,
    baselineValue: row.baselineValue,
    targetValue: row.targetValue,
    targetYear: row.targetYear,
    points,
  });

/** The kommun's indicator with its latest total, trend and status (from its own totals). */
export function toIndicator(row: IndicatorRow, points: StatusSeriesPoint[]): Indicator {
  return {
    id: row.id,
    kind: row.kind,
    platformIndicatorId: row.platformIndicatorId,
    koladaId: row.koladaId,
    agenda2030IndicatorId: row.agenda2030IndicatorId,
    nameSv: row.nameSv,
    nameEn: row.nameEn,
    description: row.description,
    unit: row.unit,
    higherIsBetter: row.higherIsBetter,
    periodType: row.periodType,
    genderSplit: row.genderSplit,
    source: row.source,
    agenda2030TargetId: row.agenda2030TargetId,
    target: {
      baselinePeriod: row.baselinePeriod,
      baselineValue: row.baselineValue,
      targetValue: row.targetValue,
      targetYear: row.targetYear,
    },
    trend: indicatorTrend(points, row.higherIsBetter),
    status: progressOf(row, points).status,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toMeasurement = (m: MeasurementEntity): Measurement => ({
  period: m.period,
  gender: m.gender,
  area: m.area,
  state: m.state,
  value: m.state === 'value' ? m.value : null,
  source: m.source,
  sourceStatus: m.sourceStatus,
  note: m.note,
  updatedAt: m.updatedAt.toISOString(),
});
