// The reports area's strings, registered when this module loads (see namespaces.ts).
import { reportsEn } from './reports.en';
import { reportsSv } from './reports.sv';
import { addNamespace } from './namespaces';

addNamespace('reports', { sv: reportsSv, en: reportsEn });
