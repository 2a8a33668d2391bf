import type { Level, TargetGroup, Tier, ViolenceType } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A method in the shared catalogue. A platform table: every kommun reads it. */
@Entity('methods')
export class MethodEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  description: string;

  @Column('text', { array: true })
  targetGroups: TargetGroup[];

  @Column('text')
  tier: Tier;

  @Column('text')
  level: Level;

  @Column('text', { array: true })
  violenceTypes: ViolenceType[];

  @Column('text', { nullable: true })
  url: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
