import { Injectable } from '@nestjs/common';
import {
  countTemplate,
  type Method,
  type MethodInput,
  type Template,
  type TemplateInput,
  type UpdateMethodInput,
  type UpdateTemplateInput,
} from '@samla/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { METHOD_CATALOGUE } from './catalogue/methods.js';
import { TEMPLATE_CATALOGUE } from './catalogue/templates.js';
import type { MethodEntity } from './method.entity.js';
import type { PlanTemplateEntity } from './plan-template.entity.js';
import { ToolkitRepository } from './toolkit.repository.js';

const toMethod = (m: MethodEntity): Method => ({
  id: m.id,
  name: m.name,
  description: m.description,
  targetGroups: m.targetGroups,
  tier: m.tier,
  level: m.level,
  violenceTypes: m.violenceTypes,
  url: m.url,
  version: m.version,
});

const toTemplate = (t: PlanTemplateEntity): Template => {
  const counts = countTemplate(t.goals);
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    kind: t.kind,
    goals: t.goals,
    goalCount: counts.goals,
    activityCount: counts.activities,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
  };
};

/**
 * The toolkit every kommun shares: plan templates and the method catalogue. Platform
 * admins maintain it; a kommun copies a template into a plan of its own (see
 * ActionPlansService), so later changes here never touch a kommun's plan.
 */
@Injectable()
export class ToolkitService {
  constructor(
    private readonly toolkit: ToolkitRepository,
    private readonly audit: AuditService,
  ) {}

  async listMethods(): Promise<Method[]> {
    return (await this.toolkit.listMethods()).map(toMethod);
  }

  async getMethod(id: string): Promise<Method> {
    const method = await this.toolkit.findMethod(id);
    if (!method) throw AppError.notFound();
    return toMethod(method);
  }

  async createMethod(input: MethodInput): Promise<Method> {
    const created = toMethod(
      await this.toolkit.insertMethod({ id: randomUUID(), ...input, url: input.url ?? null }),
    );
    await this.audit.record({
      tenantId: null,
      action: 'method.created',
      entityType: 'method',
      entityId: created.id,
      after: created,
    });
    return created;
  }

  async updateMethod(id: string, input: UpdateMethodInput): Promise<Method> {
    const current = await this.toolkit.findMethodForUpdate(id);
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toMethod(current));
    const { version: _version, ...changes } = input;
    const updated = toMethod(await this.toolkit.updateMethod(id, changes));
    await this.audit.record({
      tenantId: null,
      action: 'method.updated',
      entityType: 'method',
      entityId: id,
      before: toMethod(current),
      after: updated,
    });
    return updated;
  }

  async deleteMethod(id: string): Promise<void> {
    const current = await this.toolkit.findMethodForUpdate(id);
    if (!current) throw AppError.notFound();
    // Activities that used it keep their text; their link is cleared by the database.
    await this.toolkit.deleteMethod(id);
    await this.audit.record({
      tenantId: null,
      action: 'method.deleted',
      entityType: 'method',
      entityId: id,
      before: toMethod(current),
    });
  }

  async listTemplates(): Promise<Template[]> {
    return (await this.toolkit.listTemplates()).map(toTemplate);
  }

  async getTemplate(id: string): Promise<Template> {
    const template = await this.toolkit.findTemplate(id);
    if (!template) throw AppError.notFound();
    return toTemplate(template);
  }

  /** The template as stored, for copying into a plan; null when it does not exist. */
  findTemplateEntity(id: string): Promise<PlanTemplateEntity | null> {
    return this.toolkit.findTemplate(id);
  }

  async createTemplate(input: TemplateInput): Promise<Template> {
    const created = toTemplate(await this.toolkit.insertTemplate({ id: randomUUID(), ...input }));
    await this.audit.record({
      tenantId: null,
      action: 'template.created',
      entityType: 'template',
      entityId: created.id,
      after: { name: created.name },
    });
    return created;
  }

  async updateTemplate(id: string, input: UpdateTemplateInput): Promise<Template> {
    const current = await this.toolkit.findTemplateForUpdate(id);
    if (!current) throw AppError.notFound();
    if (current.version !== input.version) throw AppError.stale(toTemplate(current));
    const { version: _version, ...changes } = input;
    const updated = toTemplate(await this.toolkit.updateTemplate(id, changes));
    await this.audit.record({
      tenantId: null,
      action: 'template.updated',
      entityType: 'template',
      entityId: id,
      before: { name: current.name, version: current.version },
      after: { name: updated.name, version: updated.version },
    });
    return updated;
  }

  async deleteTemplate(id: string): Promise<void> {
    const current = await this.toolkit.findTemplateForUpdate(id);
    if (!current) throw AppError.notFound();
    await this.toolkit.deleteTemplate(id);
    await this.audit.record({
      tenantId: null,
      action: 'template.deleted',
      entityType: 'template',
      entityId: id,
      before: { name: current.name },
    });
  }

  /**
   * Adds catalogue entries that are missing (by name), so every installation, production
   * included, starts with the toolkit. Never overwrites what platform admins changed.
   */
  async ensureCatalogue(): Promise<{ methods: number; templates: number }> {
    const methodNames = await this.toolkit.existingNames('methods');
    const templateNames = await this.toolkit.existingNames('plan_templates');
    let methods = 0;
    let templates = 0;
    for (const method of METHOD_CATALOGUE)
      if (!methodNames.has(method.name)) {
        await this.toolkit.insertMethod({ id: randomUUID(), ...method, url: method.url ?? null });
        methods++;
      }
    for (const template of TEMPLATE_CATALOGUE)
      if (!templateNames.has(template.name)) {
        await this.toolkit.insertTemplate({ id: randomUUID(), ...template });
        templates++;
      }
    return { methods, templates };
  }
}
