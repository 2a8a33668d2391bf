// The governance area's strings, registered when this module loads (see namespaces.ts).
import { governanceEn } from './governance.en';
import { governanceSv } from './governance.sv';
import { addNamespace } from './namespaces';

addNamespace('governance', { sv: governanceSv, en: governanceEn });
