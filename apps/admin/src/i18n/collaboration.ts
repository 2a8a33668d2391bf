// The collaboration area's strings, registered when this module loads (see namespaces.ts).
import { collaborationEn } from './collaboration.en';
import { collaborationSv } from './collaboration.sv';
import { addNamespace } from './namespaces';

addNamespace('collaboration', { sv: collaborationSv, en: collaborationEn });
