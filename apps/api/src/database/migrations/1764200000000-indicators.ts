import { AGENDA2030_INDICATORS, AGENDA2030_TARGETS } from '@samla/reference-data';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantToApp } from '../rls.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const UNITS = list(['count', 'percent', 'per_100000', 'sek', 'index', 'other']);
const PERIOD_TYPES = list(['year', 'month']);
const PERIOD = `'^[0-9]{4}(-(0[1-9]|1[0-2]))?$'`;

const GOALS = [
  { number: 5, titleSv: 'Jämställdhet', titleEn: 'Gender equality' },
  {
    number: 16,
    titleSv: 'Fredliga och inkluderande samhällen',
    titleEn: 'Peace, justice and strong institutions',
  },
];

/**
 * The Agenda 2030 indicators as the platform catalogue's first entries. The English text
 * is the UN's; the Swedish is Samla's translation of it (SCB publishes the indicators in
 * English). Direction, unit and gender split follow the indicator's wording.
 */
const CATALOGUE: Record<
  string,
  { nameSv: string; unit: string; higherIsBetter: boolean; genderSplit: boolean }
> = {
  '5.2.1': {
    nameSv:
      'Andel kvinnor och flickor från 15 år som någon gång haft en partner och som under de senaste 12 månaderna utsatts för fysiskt, sexuellt eller psykiskt våld av en nuvarande eller tidigare partner, efter form av våld och ålder',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: false,
  },
  '5.2.2': {
    nameSv:
      'Andel kvinnor och flickor från 15 år som under de senaste 12 månaderna utsatts för sexuellt våld av någon annan än en partner, efter ålder och plats',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: false,
  },
  '5.2.3(N)': {
    nameSv: 'Nationell indikator: utsatthet för hot, misshandel, sexualbrott och trakasserier',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: true,
  },
  '5.3.1': {
    nameSv:
      'Andel kvinnor i åldern 20–24 år som gifte sig eller levde i en parrelation före 15 och före 18 års ålder',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: false,
  },
  '5.3.2': {
    nameSv:
      'Andel flickor och kvinnor i åldern 15–49 år som utsatts för könsstympning, efter ålder',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: false,
  },
  '5.3.3(N)': {
    nameSv: 'Nationell indikator: hedersrelaterat våld och förtryck',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: true,
  },
  '16.1.1': {
    nameSv: 'Antal offer för dödligt våld per 100 000 invånare, efter kön och ålder',
    unit: 'per_100000',
    higherIsBetter: false,
    genderSplit: true,
  },
  '16.1.3': {
    nameSv:
      'Andel av befolkningen som under de senaste 12 månaderna utsatts för a) fysiskt våld, b) psykiskt våld och c) sexuellt våld',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: true,
  },
  '16.1.4': {
    nameSv: 'Andel av befolkningen som känner sig trygga när de går ensamma där de bor',
    unit: 'percent',
    higherIsBetter: true,
    genderSplit: true,
  },
  '16.2.1': {
    nameSv:
      'Andel barn i åldern 1–17 år som under den senaste månaden utsatts för fysisk bestraffning eller psykisk aggression av vårdnadshavare',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: false,
  },
  '16.2.2': {
    nameSv:
      'Antal offer för människohandel per 100 000 invånare, efter kön, ålder och form av exploatering',
    unit: 'per_100000',
    higherIsBetter: false,
    genderSplit: true,
  },
  '16.2.3': {
    nameSv:
      'Andel unga kvinnor och män i åldern 18–29 år som utsatts för sexuellt våld före 18 års ålder',
    unit: 'percent',
    higherIsBetter: false,
    genderSplit: true,
  },
};

/**
 * Agenda 2030 and indicators: the reference tables (goals 5 and 16, their targets and
 * indicators), the platform's indicator catalogue, each kommun's indicators (its own and
 * the ones it follows, with baseline and target), their measurements, and the links from
 * plan goals and activities to targets and indicators.
 */
export class Indicators1764200000000 implements MigrationInterface {
  name = 'Indicators1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- Reference tables (Citus: reference tables). ---------------------------------
    await q.query(`
      CREATE TABLE agenda2030_goals (
        number integer PRIMARY KEY,
        title_sv text NOT NULL,
        title_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE agenda2030_targets (
        id text PRIMARY KEY,
        goal integer NOT NULL REFERENCES agenda2030_goals (number),
        text_sv text NOT NULL,
        text_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE agenda2030_indicators (
        id text PRIMARY KEY,
        target_id text NOT NULL REFERENCES agenda2030_targets (id),
        national boolean NOT NULL,
        text_en text NOT NULL
      )`);
    for (const g of GOALS)
      await q.query(`INSERT INTO agenda2030_goals VALUES ($1, $2, $3)`, [
        g.number,
        g.titleSv,
        g.titleEn,
      ]);
    for (const t of AGENDA2030_TARGETS)
      await q.query(`INSERT INTO agenda2030_targets VALUES ($1, $2, $3, $4)`, [
        t.id,
        t.goal,
        t.textSv,
        t.textEn,
      ]);
    for (const i of AGENDA2030_INDICATORS)
      await q.query(`INSERT INTO agenda2030_indicators VALUES ($1, $2, $3, $4)`, [
        i.id,
        i.targetId,
        i.national,
        i.textEn,
      ]);
    await grantToApp(
      q,
      ['agenda2030_goals', 'agenda2030_targets', 'agenda2030_indicators'],
      'SELECT',
    );

    // ---- The platform's catalogue: Agenda 2030 indicators and Kolada KPIs. -----------
    await q.query(`
      CREATE TABLE platform_indicators (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('agenda2030', 'kolada')),
        kolada_id text UNIQUE,
        agenda2030_indicator_id text UNIQUE REFERENCES agenda2030_indicators (id),
        agenda2030_target_id text REFERENCES agenda2030_targets (id),
        name_sv text NOT NULL,
        name_en text,
        description text,
        unit text NOT NULL CHECK (unit IN (${UNITS})),
        higher_is_better boolean NOT NULL,
        period_type text NOT NULL CHECK (period_type IN (${PERIOD_TYPES})),
        gender_split boolean NOT NULL DEFAULT false,
        source text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'kolada') = (kolada_id IS NOT NULL)),
        CHECK ((kind = 'agenda2030') = (agenda2030_indicator_id IS NOT NULL))
      )`);
    for (const i of AGENDA2030_INDICATORS) {
      const entry = CATALOGUE[i.id];
      if (!entry) throw new Error(`No catalogue entry for Agenda 2030 indicator ${i.id}`);
      await q.query(
        `INSERT INTO platform_indicators (id, kind, agenda2030_indicator_id, agenda2030_target_id,
           name_sv, name_en, unit, higher_is_better, period_type, gender_split, source)
         VALUES (gen_random_uuid(), 'agenda2030', $1, $2, $3, $4, $5, $6, 'year', $7, $8)`,
        [
          i.id,
          i.targetId,
          entry.nameSv,
          i.textEn,
          entry.unit,
          entry.higherIsBetter,
          entry.genderSplit,
          i.national
            ? 'Agenda 2030, nationell indikator (SCB)'
            : 'Agenda 2030, global indikator (FN)',
        ],
      );
    }
    await grantToApp(q, ['platform_indicators'], 'SELECT, INSERT, UPDATE');

    // ---- Each kommun's indicators: its own, or a follow of a catalogue entry. ---------
    await q.query(`
      CREATE TABLE indicators (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        platform_indicator_id uuid REFERENCES platform_indicators (id),
        name_sv text,
        name_en text,
        description text,
        unit text CHECK (unit IN (${UNITS})),
        higher_is_better boolean,
        period_type text CHECK (period_type IN (${PERIOD_TYPES})),
        gender_split boolean,
        source text,
        agenda2030_target_id text REFERENCES agenda2030_targets (id),
        baseline_period text CHECK (baseline_period ~ ${PERIOD}),
        baseline_value double precision,
        target_value double precision,
        target_year integer CHECK (target_year BETWEEN 2000 AND 2100),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, platform_indicator_id),
        -- An own indicator is defined here; a followed one by the catalogue alone.
        CHECK (platform_indicator_id IS NOT NULL OR (name_sv IS NOT NULL AND unit IS NOT NULL
          AND higher_is_better IS NOT NULL AND period_type IS NOT NULL AND gender_split IS NOT NULL)),
        CHECK (platform_indicator_id IS NULL OR (name_sv IS NULL AND name_en IS NULL
          AND description IS NULL AND unit IS NULL AND higher_is_better IS NULL
          AND period_type IS NULL AND gender_split IS NULL AND source IS NULL
          AND agenda2030_target_id IS NULL)),
        CHECK ((target_value IS NULL) = (target_year IS NULL)),
        CHECK (baseline_value IS NULL OR baseline_period IS NOT NULL)
      )`);

    // ---- Measurements (utfall): a value, missing or suppressed; never a hidden 0. -----
    await q.query(`
      CREATE TABLE measurements (
        tenant_id uuid NOT NULL,
        indicator_id uuid NOT NULL,
        area text NOT NULL CHECK (area IN ('municipality', 'region', 'country')),
        period text NOT NULL CHECK (period ~ ${PERIOD}),
        gender text NOT NULL CHECK (gender IN ('T', 'K', 'M')),
        state text NOT NULL CHECK (state IN ('value', 'missing', 'suppressed')),
        value double precision,
        source text,
        source_status text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, indicator_id, area, period, gender),
        FOREIGN KEY (tenant_id, indicator_id) REFERENCES indicators (tenant_id, id) ON DELETE CASCADE,
        CHECK ((state = 'value') = (value IS NOT NULL))
      )`);

    // ---- Links from plan goals and activities to targets and indicators. --------------
    for (const owner of ['goal', 'activity'] as const) {
      const parent = owner === 'goal' ? 'goals' : 'activities';
      await q.query(`
        CREATE TABLE ${owner}_targets (
          tenant_id uuid NOT NULL,
          ${owner}_id uuid NOT NULL,
          target_id text NOT NULL REFERENCES agenda2030_targets (id),
          PRIMARY KEY (tenant_id, ${owner}_id, target_id),
          FOREIGN KEY (tenant_id, ${owner}_id) REFERENCES ${parent} (tenant_id, id) ON DELETE CASCADE
        )`);
      await q.query(`
        CREATE TABLE ${owner}_indicators (
          tenant_id uuid NOT NULL,
          ${owner}_id uuid NOT NULL,
          indicator_id uuid NOT NULL,
          PRIMARY KEY (tenant_id, ${owner}_id, indicator_id),
          FOREIGN KEY (tenant_id, ${owner}_id) REFERENCES ${parent} (tenant_id, id) ON DELETE CASCADE,
          FOREIGN KEY (tenant_id, indicator_id) REFERENCES indicators (tenant_id, id) ON DELETE CASCADE
        )`);
      await q.query(
        `CREATE INDEX ${owner}_indicators_indicator_idx ON ${owner}_indicators (tenant_id, indicator_id)`,
      );
    }

    const tenantTables = [
      'indicators',
      'measurements',
      'goal_targets',
      'activity_targets',
      'goal_indicators',
      'activity_indicators',
    ];
    await grantToApp(q, tenantTables, 'SELECT, INSERT, UPDATE, DELETE');
    for (const table of tenantTables) await enableTenantIsolation(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'activity_indicators',
      'goal_indicators',
      'activity_targets',
      'goal_targets',
      'measurements',
      'indicators',
      'platform_indicators',
      'agenda2030_indicators',
      'agenda2030_targets',
      'agenda2030_goals',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
