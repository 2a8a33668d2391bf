import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Agenda 2030 reference tables: the same for every kommun, seeded by the migration. */
@Entity('agenda2030_goals')
export class Agenda2030GoalEntity {
  @PrimaryColumn('integer')
  number: number;

  @Column('text')
  titleSv: string;

  @Column('text')
  titleEn: string;
}

@Entity('agenda2030_targets')
export class Agenda2030TargetEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('integer')
  goal: number;

  @Column('text')
  textSv: string;

  @Column('text')
  textEn: string;
}

@Entity('agenda2030_indicators')
export class Agenda2030IndicatorEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  targetId: string;

  @Column('boolean')
  national: boolean;

  @Column('text')
  textEn: string;
}
