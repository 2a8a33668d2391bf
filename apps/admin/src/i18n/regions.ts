// The regions area's strings, registered when this module loads (see namespaces.ts).
import { regionsEn } from './regions.en';
import { regionsSv } from './regions.sv';
import { addNamespace } from './namespaces';

addNamespace('regions', { sv: regionsSv, en: regionsEn });
