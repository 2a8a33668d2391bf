// PLACEHOLDER (lead engineer): replaced by the catalogue content being written.
import type { TemplateInput } from '@samla/domain';

export const TEMPLATE_CATALOGUE: TemplateInput[] = [];
