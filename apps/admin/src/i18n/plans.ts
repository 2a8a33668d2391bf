// The plans area's strings, registered when this module loads (see namespaces.ts).
import { plansEn } from './plans.en';
import { plansSv } from './plans.sv';
import { addNamespace } from './namespaces';

addNamespace('plans', { sv: plansSv, en: plansEn });
