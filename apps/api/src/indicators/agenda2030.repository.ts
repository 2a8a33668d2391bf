import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  Agenda2030GoalEntity,
  Agenda2030IndicatorEntity,
  Agenda2030TargetEntity,
} from './agenda2030.entity.js';
import { PlatformIndicatorEntity } from './platform-indicator.entity.js';

export interface Agenda2030Reference {
  goals: Agenda2030GoalEntity[];
  targets: Agenda2030TargetEntity[];
  indicators: Agenda2030IndicatorEntity[];
  /** Catalogue entries of Agenda 2030 indicators, by indicator id. */
  catalogue: Map<string, PlatformIndicatorEntity>;
}

/** Agenda 2030's reference tables (platform data). */
@Injectable()
export class Agenda2030Repository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async reference(): Promise<Agenda2030Reference> {
    const tx = this.txHost.tx;
    const [goals, targets, indicators, catalogue] = await Promise.all([
      tx.getRepository(Agenda2030GoalEntity).find({ order: { number: 'ASC' } }),
      tx.getRepository(Agenda2030TargetEntity).find(),
      tx.getRepository(Agenda2030IndicatorEntity).find(),
      tx.getRepository(PlatformIndicatorEntity).findBy({ kind: 'agenda2030' }),
    ]);
    return {
      goals,
      targets,
      indicators,
      catalogue: new Map(catalogue.map((c) => [c.agenda2030IndicatorId as string, c])),
    };
  }

  async existingTargets(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.txHost.tx
      .getRepository(Agenda2030TargetEntity)
      .findBy({ id: In([...ids]) });
    return new Set(rows.map((r) => r.id));
  }

  findIndicator(id: string): Promise<Agenda2030IndicatorEntity | null> {
    return this.txHost.tx.getRepository(Agenda2030IndicatorEntity).findOneBy({ id });
  }
}
