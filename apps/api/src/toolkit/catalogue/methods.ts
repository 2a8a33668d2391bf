import type { MethodInput } from '@samla/domain';

/**
 * The method catalogue every kommun starts with: well-known methods in Swedish work
 * against violence in close relationships and men's violence against women. The
 * descriptions are Samla's own short summaries of what the method owners and Socialstyrelsen
 * publish; no web address is given (url: null) until a platform admin adds a verified one.
 * Tier and level say where a method usually sits in the "En kommun fri från våld" matrix;
 * an activity that uses the method sets its own.
 */
export const METHOD_CATALOGUE: MethodInput[] = [
  {
    name: 'ATV – Alternativ till våld',
    description:
      'Behandlingsmetod för personer som utövar våld i nära relationer, utvecklad av den ' +
      'norska stiftelsen Alternativ til Vold. Samtalen, enskilt eller i grupp, handlar om ' +
      'våldet, ansvaret för det, dess följder för partner och barn och om alternativ till våld.',
    targetGroups: ['perpetrators'],
    tier: 'targeted',
    level: 'individual',
    violenceTypes: ['vinr', 'mvk'],
    url: null,
  },
  {
    name: 'Trappan',
    description:
      'Modell för individuella krissamtal med barn som upplevt våld i familjen, utvecklad av ' +
      'Rädda Barnen under 1990-talet. Samtalen sker i tre steg – kontakt, rekonstruktion och ' +
      'kunskap – och förutsätter att barnet är skyddat från fortsatt våld.',
    targetGroups: ['children_youth', 'victims'],
    tier: 'targeted',
    level: 'individual',
    violenceTypes: ['vinr', 'violence_against_children'],
    url: null,
  },
  {
    name: 'MVP – Mentors in Violence Prevention',
    description:
      'Våldsförebyggande program för skolan, ursprungligen från USA, som utgår från ett ' +
      'åskådarperspektiv och normer kring kön och makt. Elever och utbildade vuxna tränar på ' +
      'att känna igen och säga ifrån mot kränkningar, trakasserier och våld.',
    targetGroups: ['children_youth', 'employees'],
    tier: 'promotive',
    level: 'individual',
    violenceTypes: ['mvk', 'vinr'],
    url: null,
  },
  {
    name: 'Machofabriken',
    description:
      'Metodmaterial med filmer, övningar och samtalsunderlag för arbete med unga 13–25 år om ' +
      'normer för manlighet, jämställdhet och våld. Används i skolan, öppen ungdomsverksamhet ' +
      'och föreningsliv; materialet ägs av organisationerna MÄN och Unizon.',
    targetGroups: ['children_youth'],
    tier: 'promotive',
    level: 'individual',
    violenceTypes: ['mvk', 'vinr'],
    url: null,
  },
  {
    name: 'Grundutbildning om våld i nära relationer för medarbetare',
    description:
      'Grundläggande utbildning för kommunens medarbetare och chefer om våldets former, ' +
      'mekanismer och konsekvenser, hur man frågar om våld och vart man hänvisar. Kan bygga ' +
      'på nationella webbutbildningar om våld och kompletteras med kommunens egna rutiner.',
    targetGroups: ['employees'],
    tier: 'promotive',
    level: 'organisation',
    violenceTypes: ['mvk', 'vinr', 'hrv', 'violence_against_children', 'prostitution_trafficking'],
    url: null,
  },
  {
    name: 'Rutinmässiga frågor om våld',
    description:
      'Att i vissa verksamheter, till exempel inom socialtjänst och hälso- och sjukvård, ' +
      'fråga alla om erfarenhet av våld och inte bara när det finns misstanke. Kräver rutin ' +
      'för hur frågan ställs, hur svaret dokumenteras och vart den som berättar hänvisas.',
    targetGroups: ['employees', 'victims'],
    tier: 'preventive',
    level: 'organisation',
    violenceTypes: ['vinr', 'mvk', 'hrv'],
    url: null,
  },
  {
    name: 'FREDA – standardiserade bedömningsmetoder',
    description:
      'Socialstyrelsens standardiserade bedömningsmetoder för socialtjänstens arbete mot våld ' +
      'i nära relationer: FREDA-kortfrågor för att fråga om våld, FREDA-beskrivning av ' +
      'våldets karaktär och omfattning och FREDA-farlighetsbedömning av risken för fortsatt våld.',
    targetGroups: ['victims'],
    tier: 'targeted',
    level: 'individual',
    violenceTypes: ['vinr', 'mvk'],
    url: null,
  },
  {
    name: 'SARA – Spousal Assault Risk Assessment',
    description:
      'Checklista för strukturerad professionell bedömning av risken för upprepat våld i en ' +
      'parrelation. Används bland annat inom rättsväsendet och socialtjänsten; det finns även ' +
      'en kortare version, SARA:SV.',
    targetGroups: ['perpetrators', 'victims'],
    tier: 'targeted',
    level: 'individual',
    violenceTypes: ['vinr', 'mvk'],
    url: null,
  },
  {
    name: 'PATRIARK – riskbedömning vid hedersrelaterat våld',
    description:
      'Checklista för strukturerad bedömning av risken för hedersrelaterat våld, där hotet ' +
      'ofta kommer från flera personer i familjen eller släkten. Används bland annat av polisen ' +
      'och socialtjänsten.',
    targetGroups: ['victims', 'perpetrators'],
    tier: 'targeted',
    level: 'individual',
    violenceTypes: ['hrv'],
    url: null,
  },
  {
    name: 'Barnahus',
    description:
      'Samverkansform där socialtjänst, polis, åklagare, rättsmedicin och barn- och ' +
      'ungdomspsykiatri möter barn som misstänks ha utsatts för brott under ett och samma tak. ' +
      'Barnet ska slippa berätta om det som hänt för många olika myndigheter på olika platser.',
    targetGroups: ['children_youth', 'victims'],
    tier: 'targeted',
    level: 'organisation',
    violenceTypes: ['violence_against_children', 'vinr', 'hrv'],
    url: null,
  },
  {
    name: 'Huskurage',
    description:
      'Policy som en hyresvärd eller bostadsrättsförening antar för att grannar ska veta hur ' +
      'de kan agera vid oro för att någon utsätts för våld i hemmet: knacka på och fråga, ta ' +
      'hjälp av andra grannar och ringa polisen vid akut fara. Sprids av den ideella föreningen ' +
      'Huskurage.',
    targetGroups: ['residents'],
    tier: 'promotive',
    level: 'society',
    violenceTypes: ['vinr', 'mvk', 'violence_against_children'],
    url: null,
  },
];
