// The deadlines area's strings, registered when this module loads (see namespaces.ts).
import { deadlinesEn } from './deadlines.en';
import { deadlinesSv } from './deadlines.sv';
import { addNamespace } from './namespaces';

addNamespace('deadlines', { sv: deadlinesSv, en: deadlinesEn });
