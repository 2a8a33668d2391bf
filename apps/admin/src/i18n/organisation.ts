// The organisation area's strings, registered when this module loads (see namespaces.ts).
import { organisationEn } from './organisation.en';
import { organisationSv } from './organisation.sv';
import { addNamespace } from './namespaces';

addNamespace('organisation', { sv: organisationSv, en: organisationEn });
