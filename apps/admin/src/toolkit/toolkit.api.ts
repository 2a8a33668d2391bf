import type { Method, Template } from '@samla/domain';
import { api, call } from '../api/client';

/** The shared toolkit is the same for every kommun: its keys name no tenant. */
export const TEMPLATES_KEY = ['toolkit', 'templates'] as const;
export const METHODS_KEY = ['toolkit', 'methods'] as const;

export const fetchTemplates = (): Promise<Template[]> => call(api.GET('/api/v1/toolkit/templates'));

export const fetchMethods = (): Promise<Method[]> => call(api.GET('/api/v1/toolkit/methods'));
