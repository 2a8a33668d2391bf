// The indicators area's strings, registered when this module loads (see namespaces.ts).
import { indicatorsEn } from './indicators.en';
import { indicatorsSv } from './indicators.sv';
import { addNamespace } from './namespaces';

addNamespace('indicators', { sv: indicatorsSv, en: indicatorsEn });
