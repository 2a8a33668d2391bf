// PLACEHOLDER (lead engineer): replaced by the catalogue content being written.
import type { MethodInput } from '@samla/domain';

export const METHOD_CATALOGUE: MethodInput[] = [];
