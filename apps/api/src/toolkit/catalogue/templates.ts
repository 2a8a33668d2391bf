import type { TemplateInput } from '@samla/domain';

/**
 * The plan templates every kommun can start from. Both are Samla's own text:
 * - "En kommun fri från våld – handlingsplan" follows the five steps of the model started in
 *   Borås stad (organisera, kartlägga, analysera, utveckla insatser, genomföra och följa
 *   upp) and suggests at least one activity in every cell of the level × tier matrix.
 * - "Strategi mot våld i nära relationer" is a kommun-wide strategy of the kind
 *   Malung-Sälen's socialnämnd pointed to (seed 003: Borlänge kommunkoncern's "Tillsammans
 *   mot våld i nära relationer"). It follows the usual structure of such strategies; no
 *   text is taken from Borlänge's.
 */

const ACTION_PLAN: TemplateInput = {
  name: 'En kommun fri från våld – handlingsplan',
  description:
    'Skelett för en kommunövergripande handlingsplan enligt arbetssättet En kommun fri från ' +
    'våld: organisera arbetet, kartlägga våldet, analysera, utveckla insatser samt genomföra ' +
    'och följa upp. De föreslagna aktiviteterna täcker individ-, organisations- och ' +
    'samhällsnivå och främjande, förebyggande och riktade insatser; stryk, ändra och lägg till ' +
    'så att planen passar kommunen.',
  kind: 'action_plan',
  goals: [
    {
      title: 'Arbetet mot våld är organiserat med tydligt ansvar och mandat',
      description:
        'Kommunen har en politisk och en tjänstepersonsförankrad organisation för arbetet, ' +
        'med en samordnare och en styrgrupp där berörda nämnder och bolag ingår.',
      step: 'organise',
      activities: [
        {
          title: 'Tillsätt styrgrupp och arbetsgrupp med representanter från berörda förvaltningar',
          description:
            'Styrgruppen består av förvaltningschefer och bolagschefer; arbetsgruppen av ' +
            'nyckelpersoner från socialtjänst, skola, fritid, bostadsbolag och kommunledning.',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
        },
        {
          title: 'Utse en samordnare med avsatt tid och mandat för det våldsförebyggande arbetet',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
        },
      ],
      children: [
        {
          title: 'Samverkan med externa aktörer är etablerad',
          description:
            'Polis, region (hälso- och sjukvård), kvinno- och tjejjourer, civilsamhälle och ' +
            'länsstyrelse är delaktiga i arbetet.',
          activities: [
            {
              title:
                'Bilda eller förnya en lokal samverkansgrupp med polis, region, kvinnojour och ' +
                'andra ideella organisationer',
              description:
                'Gruppen träffas regelbundet, utbyter information när så är möjligt och ' +
                'planerar gemensamma informationsinsatser.',
              level: 'society',
              tier: 'preventive',
              targetGroups: ['employees', 'victims'],
              violenceTypes: ['mvk', 'vinr', 'hrv'],
            },
          ],
          children: [],
        },
      ],
    },
    {
      title: 'Kommunen har kunskap om våldets omfattning och karaktär',
      description:
        'Kartläggningen visar hur våldet ser ut i kommunen och vilka insatser som redan finns.',
      step: 'map',
      activities: [
        {
          title: 'Sammanställ statistik om våld i kommunen',
          description:
            'Till exempel anmälda brott, socialtjänstens ärenden om våld i nära relationer och ' +
            'skyddade boenden samt uppgifter från elevhälsan, uppdelat på kön och ålder.',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv', 'violence_against_children'],
        },
        {
          title: 'Genomför en enkät om utsatthet för våld och attityder bland unga',
          description:
            'Till exempel i årskurs 9 och år 2 på gymnasiet, med frågor om våld i egna ' +
            'relationer, hedersrelaterade begränsningar och sexuella trakasserier.',
          level: 'society',
          tier: 'promotive',
          targetGroups: ['children_youth'],
          violenceTypes: ['mvk', 'vinr', 'hrv', 'violence_against_children'],
        },
        {
          title: 'Kartlägg vilket stöd, skydd och vilken behandling kommunen erbjuder i dag',
          description:
            'Vilka insatser finns för våldsutsatta, barn, närstående och våldsutövare, vem ' +
            'ansvarar, och var saknas det insatser?',
          level: 'organisation',
          tier: 'targeted',
          targetGroups: ['victims', 'perpetrators', 'relatives'],
          violenceTypes: ['vinr', 'mvk', 'hrv', 'violence_against_children'],
        },
        {
          title: 'Ta fram en gemensam lägesbild om prostitution och människohandel med polisen',
          level: 'society',
          tier: 'targeted',
          targetGroups: ['victims'],
          violenceTypes: ['prostitution_trafficking'],
        },
      ],
      children: [],
    },
    {
      title: 'Insatserna bygger på en gemensam analys',
      description:
        'Styrgruppen har analyserat kartläggningen och prioriterat vad kommunen ska göra.',
      step: 'analyse',
      activities: [
        {
          title: 'Analysera kartläggningen utifrån risk- och skyddsfaktorer',
          description:
            'Arbetsgruppen analyserar risk- och skyddsfaktorer på individ-, organisations- och ' +
            'samhällsnivå och föreslår prioriteringar till styrgruppen.',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv', 'violence_against_children'],
        },
        {
          title: 'Identifiera luckor i matrisen nivå × insatstyp och föreslå nya insatser',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
        },
      ],
      children: [],
    },
    {
      title: 'Kommunen har insatser på alla nivåer och för alla målgrupper',
      description:
        'Insatserna täcker individ-, organisations- och samhällsnivå och är främjande, ' +
        'förebyggande och riktade.',
      step: 'develop',
      activities: [],
      children: [
        {
          title: 'Främjande: alla har kunskap och jämställda normer',
          activities: [
            {
              title: 'Grundutbildning om våld för alla medarbetare och chefer',
              level: 'organisation',
              tier: 'promotive',
              targetGroups: ['employees'],
              violenceTypes: [
                'mvk',
                'vinr',
                'hrv',
                'violence_against_children',
                'prostitution_trafficking',
              ],
              methodName: 'Grundutbildning om våld i nära relationer för medarbetare',
            },
            {
              title: 'Våldsförebyggande lektionsprogram i högstadiet och gymnasiet',
              level: 'individual',
              tier: 'promotive',
              targetGroups: ['children_youth', 'employees'],
              violenceTypes: ['mvk', 'vinr'],
              methodName: 'MVP – Mentors in Violence Prevention',
            },
            {
              title: 'Normkritiskt arbete om maskulinitet och våld på fritidsgårdar',
              level: 'individual',
              tier: 'promotive',
              targetGroups: ['children_youth'],
              violenceTypes: ['mvk', 'vinr'],
              methodName: 'Machofabriken',
            },
            {
              title: 'Inför Huskurage i det kommunala bostadsbolagets bestånd',
              level: 'society',
              tier: 'promotive',
              targetGroups: ['residents'],
              violenceTypes: ['vinr', 'mvk', 'violence_against_children'],
              methodName: 'Huskurage',
            },
            {
              title: 'Informationsinsatser till invånare om våld och var man kan få stöd',
              description:
                'Till exempel i samband med FN:s internationella dag för avskaffande av våld ' +
                'mot kvinnor den 25 november, på kommunens webbplats och i sociala medier.',
              level: 'society',
              tier: 'promotive',
              targetGroups: ['residents'],
              violenceTypes: ['mvk', 'vinr', 'hrv'],
            },
          ],
          children: [],
        },
        {
          title: 'Förebyggande: våld upptäcks tidigt',
          activities: [
            {
              title: 'Inför rutinmässiga frågor om våld i utvalda verksamheter',
              description:
                'Till exempel ekonomiskt bistånd, missbruks- och beroendevård, ' +
                'socialpsykiatri och äldreomsorg.',
              level: 'organisation',
              tier: 'preventive',
              targetGroups: ['employees', 'victims'],
              violenceTypes: ['vinr', 'mvk', 'hrv'],
              methodName: 'Rutinmässiga frågor om våld',
            },
            {
              title:
                'Rutin för förskola och skola vid oro för att ett barn upplever våld eller ' +
                'hedersrelaterat förtryck',
              level: 'organisation',
              tier: 'preventive',
              targetGroups: ['employees', 'children_youth'],
              violenceTypes: ['violence_against_children', 'hrv', 'vinr'],
            },
            {
              title:
                'Fördjupad utbildning om hedersrelaterat våld och förtryck för skola, ' +
                'socialtjänst och fritid',
              level: 'organisation',
              tier: 'preventive',
              targetGroups: ['employees'],
              violenceTypes: ['hrv'],
            },
            {
              title:
                'Rutin för chefer när en medarbetare utsätts för eller utövar våld i nära relation',
              level: 'organisation',
              tier: 'preventive',
              targetGroups: ['employees'],
              violenceTypes: ['vinr', 'mvk'],
            },
            {
              title: 'Föräldraskapsstöd i familjer där det finns risk för våld',
              description:
                'Stöd till föräldrar om barns rättigheter och gränssättning utan våld, när ' +
                'elevhälsa, familjecentral eller socialtjänst ser en förhöjd risk.',
              level: 'individual',
              tier: 'preventive',
              targetGroups: ['relatives', 'children_youth'],
              violenceTypes: ['violence_against_children', 'hrv'],
            },
            {
              title: 'Information om rättigheter, stöd och skydd i samhällsorientering och sfi',
              level: 'society',
              tier: 'preventive',
              targetGroups: ['residents'],
              violenceTypes: ['hrv', 'mvk', 'prostitution_trafficking'],
            },
          ],
          children: [],
        },
        {
          title: 'Riktat: våldsutsatta, barn och våldsutövare får stöd, skydd och behandling',
          activities: [
            {
              title: 'Utred behov av stöd och skydd med standardiserade bedömningsmetoder',
              level: 'individual',
              tier: 'targeted',
              targetGroups: ['victims'],
              violenceTypes: ['vinr', 'mvk'],
              methodName: 'FREDA – standardiserade bedömningsmetoder',
            },
            {
              title: 'Gör strukturerade riskbedömningar vid hedersrelaterat våld',
              level: 'individual',
              tier: 'targeted',
              targetGroups: ['victims'],
              violenceTypes: ['hrv'],
              methodName: 'PATRIARK – riskbedömning vid hedersrelaterat våld',
            },
            {
              title: 'Erbjud krissamtal till barn som upplevt våld',
              level: 'individual',
              tier: 'targeted',
              targetGroups: ['children_youth', 'victims'],
              violenceTypes: ['vinr', 'violence_against_children'],
              methodName: 'Trappan',
            },
            {
              title: 'Erbjud behandling till den som utövar våld i nära relation',
              level: 'individual',
              tier: 'targeted',
              targetGroups: ['perpetrators'],
              violenceTypes: ['vinr', 'mvk'],
              methodName: 'ATV – Alternativ till våld',
            },
            {
              title: 'Stöd till personer som utsatts för prostitution eller människohandel',
              description:
                'I samverkan med polisen och med stöd av länsstyrelsens regionala arbete mot ' +
                'prostitution och människohandel.',
              level: 'individual',
              tier: 'targeted',
              targetGroups: ['victims'],
              violenceTypes: ['prostitution_trafficking'],
            },
            {
              title:
                'Samverka med polis, åklagare och region kring barn som misstänks ha utsatts ' +
                'för brott',
              level: 'organisation',
              tier: 'targeted',
              targetGroups: ['children_youth', 'victims'],
              violenceTypes: ['violence_against_children'],
              methodName: 'Barnahus',
            },
            {
              title:
                'Överenskommelse med bostadsbolag om bostad för våldsutsatta som lämnar ' +
                'skyddat boende',
              level: 'society',
              tier: 'targeted',
              targetGroups: ['victims', 'relatives'],
              violenceTypes: ['vinr', 'mvk', 'hrv'],
            },
          ],
          children: [],
        },
      ],
    },
    {
      title: 'Arbetet genomförs, följs upp och utvecklas',
      description: 'Planen följs upp varje år och revideras inför nästa period utifrån resultaten.',
      step: 'implement_follow_up',
      activities: [
        {
          title: 'Årlig uppföljning av handlingsplanen till kommunstyrelsen',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
        },
        {
          title: 'Följ upp socialtjänstens arbete mot våld med Öppna jämförelser',
          level: 'organisation',
          tier: 'targeted',
          targetGroups: ['employees', 'victims'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
        },
        {
          title: 'Revidera handlingsplanen inför nästa period',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
        },
      ],
      children: [],
    },
  ],
};

const STRATEGY: TemplateInput = {
  name: 'Strategi mot våld i nära relationer',
  description:
    'Mall för en kommunövergripande strategi mot våld i nära relationer, mäns våld mot ' +
    'kvinnor och hedersrelaterat våld och förtryck. Den slår fast att arbetet är hela ' +
    'kommunens ansvar och beskriver kunskap, tidig upptäckt, stöd och skydd, insatser för ' +
    'våldsutövare, samverkan och uppföljning; varje nämnd och bolag fyller i sin del.',
  kind: 'strategy',
  goals: [
    {
      title: 'Arbetet mot våld är hela kommunens gemensamma ansvar',
      description: 'Varje nämnd och kommunalt bolag vet vilken del av arbetet den ansvarar för.',
      activities: [
        {
          title: 'Beskriv varje nämnds och bolags ansvar i arbetet mot våld',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'hrv', 'vinr'],
        },
        {
          title: 'Utse kontaktpersoner i varje förvaltning och en kommunövergripande samordnare',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'hrv', 'vinr'],
        },
      ],
      children: [],
    },
    {
      title: 'Medarbetare har kunskap om våld och vet hur de ska agera',
      activities: [
        {
          title: 'Grundutbildning om våld i nära relationer för alla medarbetare',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'hrv', 'vinr', 'violence_against_children'],
          methodName: 'Grundutbildning om våld i nära relationer för medarbetare',
        },
        {
          title:
            'Fördjupad utbildning om hedersrelaterat våld och förtryck för medarbetare som ' +
            'möter barn och unga',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees'],
          violenceTypes: ['hrv'],
        },
      ],
      children: [],
    },
    {
      title: 'Våld förebyggs och upptäcks tidigt',
      activities: [
        {
          title: 'Inför rutinmässiga frågor om våld i socialtjänsten',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees', 'victims'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          methodName: 'Rutinmässiga frågor om våld',
        },
        {
          title:
            'Rutin i förskola, skola och fritidsverksamhet vid oro för att ett barn upplever ' +
            'våld',
          level: 'organisation',
          tier: 'preventive',
          targetGroups: ['employees', 'children_youth'],
          violenceTypes: ['violence_against_children', 'vinr', 'hrv'],
        },
        {
          title: 'Våldsförebyggande arbete med normer och jämställdhet i skolan',
          level: 'individual',
          tier: 'promotive',
          targetGroups: ['children_youth'],
          violenceTypes: ['mvk', 'vinr'],
          methodName: 'MVP – Mentors in Violence Prevention',
        },
        {
          title: 'Information till invånare om våld och var man kan få stöd',
          level: 'society',
          tier: 'promotive',
          targetGroups: ['residents'],
          violenceTypes: ['mvk', 'hrv', 'vinr'],
        },
      ],
      children: [],
    },
    {
      title: 'Våldsutsatta och barn som upplevt våld får stöd och skydd',
      activities: [
        {
          title: 'Utred behov av stöd och skydd och erbjud skyddat boende vid behov',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['victims'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
          methodName: 'FREDA – standardiserade bedömningsmetoder',
        },
        {
          title: 'Erbjud stödsamtal till barn som bevittnat eller utsatts för våld',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['children_youth', 'victims'],
          violenceTypes: ['vinr', 'violence_against_children'],
          methodName: 'Trappan',
        },
        {
          title: 'Stöd att hitta en bostad efter skyddat boende, i samverkan med hyresvärdar',
          level: 'society',
          tier: 'targeted',
          targetGroups: ['victims', 'relatives'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
        },
      ],
      children: [],
    },
    {
      title: 'Den som utövar våld erbjuds hjälp att sluta',
      activities: [
        {
          title: 'Erbjud behandling till våldsutövare, själv eller genom avtal med annan aktör',
          level: 'individual',
          tier: 'targeted',
          targetGroups: ['perpetrators'],
          violenceTypes: ['vinr', 'mvk'],
          methodName: 'ATV – Alternativ till våld',
        },
      ],
      children: [],
    },
    {
      title: 'Kommunen samverkar med polis, region och ideella organisationer',
      activities: [
        {
          title:
            'Lokal samverkansgrupp med polis, hälso- och sjukvård, kvinnojour och andra ' +
            'ideella organisationer',
          level: 'society',
          tier: 'preventive',
          targetGroups: ['employees', 'victims'],
          violenceTypes: ['mvk', 'hrv', 'vinr'],
        },
        {
          title:
            'Skriftlig överenskommelse med kvinno- eller tjejjour om stöd och samverkan, följd ' +
            'upp vartannat år',
          level: 'society',
          tier: 'targeted',
          targetGroups: ['victims'],
          violenceTypes: ['mvk', 'vinr', 'hrv'],
        },
      ],
      children: [],
    },
    {
      title: 'Arbetet följs upp och utvecklas',
      activities: [
        {
          title: 'Årlig uppföljning av strategin till kommunstyrelsen',
          level: 'organisation',
          tier: 'promotive',
          targetGroups: ['employees'],
          violenceTypes: ['mvk', 'hrv', 'vinr'],
        },
        {
          title: 'Följ upp socialtjänstens arbete med Öppna jämförelser våld i nära relationer',
          level: 'organisation',
          tier: 'targeted',
          targetGroups: ['employees', 'victims'],
          violenceTypes: ['vinr', 'mvk', 'hrv'],
        },
      ],
      children: [],
    },
  ],
};

export const TEMPLATE_CATALOGUE: TemplateInput[] = [ACTION_PLAN, STRATEGY];
