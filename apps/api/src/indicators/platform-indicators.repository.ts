import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { updateVersioned } from '../database/versioned-update.js';
import { PlatformIndicatorEntity } from './platform-indicator.entity.js';

type Versioned = 'version' | 'createdAt' | 'updatedAt';
export type PlatformIndicatorChanges = Partial<
  Pick<
    PlatformIndicatorEntity,
    | 'nameSv'
    | 'nameEn'
    | 'description'
    | 'unit'
    | 'higherIsBetter'
    | 'source'
    | 'agenda2030TargetId'
  >
>;

/** The shared indicator catalogue (platform data, no tenant). */
@Injectable()
export class PlatformIndicatorsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(PlatformIndicatorEntity);
  }

  list(): Promise<PlatformIndicatorEntity[]> {
    return this.repo.find({
      order: { kind: 'ASC', agenda2030IndicatorId: 'ASC', koladaId: 'ASC', nameSv: 'ASC' },
    });
  }

  find(id: string): Promise<PlatformIndicatorEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findForUpdate(id: string): Promise<PlatformIndicatorEntity | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByKoladaIds(ids: readonly string[]): Promise<PlatformIndicatorEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.findBy({ koladaId: In([...ids]) });
  }

  findByAgenda2030Indicator(id: string): Promise<PlatformIndicatorEntity | null> {
    return this.repo.findOneBy({ agenda2030IndicatorId: id });
  }

  async insert(
    indicator: Omit<PlatformIndicatorEntity, Versioned>,
  ): Promise<PlatformIndicatorEntity> {
    await this.repo.insert(indicator);
    return this.repo.findOneByOrFail({ id: indicator.id });
  }

  async updateIfVersion(
    id: string,
    expectedVersion: number,
    changes: PlatformIndicatorChanges,
  ): Promise<PlatformIndicatorEntity | null> {
    const written = await updateVersioned(this.repo, { id }, expectedVersion, changes);
    return written ? this.repo.findOneByOrFail({ id }) : null;
  }
}
