// The publication area's strings, registered when this module loads (see namespaces.ts).
import { publicationEn } from './publication.en';
import { publicationSv } from './publication.sv';
import { addNamespace } from './namespaces';

addNamespace('publication', { sv: publicationSv, en: publicationEn });
