import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { updateVersioned } from '../database/versioned-update.js';
import { MethodEntity } from './method.entity.js';
import { PlanTemplateEntity } from './plan-template.entity.js';

type Versioned = 'version' | 'createdAt' | 'updatedAt';

/** The shared toolkit's tables: methods and plan templates (platform data, no tenant). */
@Injectable()
export class ToolkitRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get methods() {
    return this.txHost.tx.getRepository(MethodEntity);
  }

  private get templates() {
    return this.txHost.tx.getRepository(PlanTemplateEntity);
  }

  listMethods(): Promise<MethodEntity[]> {
    return this.methods.find({ order: { name: 'ASC' } });
  }

  findMethod(id: string): Promise<MethodEntity | null> {
    return this.methods.findOneBy({ id });
  }

  findMethodForUpdate(id: string): Promise<MethodEntity | null> {
    return this.methods.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertMethod(method: Omit<MethodEntity, Versioned>): Promise<MethodEntity> {
    await this.methods.insert(method);
    return this.methods.findOneByOrFail({ id: method.id });
  }

  async updateMethod(
    id: string,
    changes: Partial<Omit<MethodEntity, 'id' | Versioned>>,
  ): Promise<MethodEntity> {
    await updateVersioned(this.methods, { id }, null, changes);
    return this.methods.findOneByOrFail({ id });
  }

  async deleteMethod(id: string): Promise<void> {
    await this.methods.delete({ id });
  }

  listTemplates(): Promise<PlanTemplateEntity[]> {
    return this.templates.find({ order: { name: 'ASC' } });
  }

  findTemplate(id: string): Promise<PlanTemplateEntity | null> {
    return this.templates.findOneBy({ id });
  }

  findTemplateForUpdate(id: string): Promise<PlanTemplateEntity | null> {
    return this.templates.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertTemplate(template: Omit<PlanTemplateEntity, Versioned>): Promise<PlanTemplateEntity> {
    await this.templates.insert(template);
    return this.templates.findOneByOrFail({ id: template.id });
  }

  async updateTemplate(
    id: string,
    changes: Partial<Omit<PlanTemplateEntity, 'id' | Versioned>>,
  ): Promise<PlanTemplateEntity> {
    await updateVersioned(this.templates, { id }, null, changes);
    return this.templates.findOneByOrFail({ id });
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.templates.delete({ id });
  }

  async existingNames(table: 'methods' | 'plan_templates'): Promise<Set<string>> {
    const rows: Array<{ name: string }> = await this.txHost.tx.query(`SELECT name FROM ${table}`);
    return new Set(rows.map((r) => r.name));
  }
}
