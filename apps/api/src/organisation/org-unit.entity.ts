import type { OrgUnitKind } from '@samla/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A nämnd, förvaltning, bolag or enhet in a kommun's organisation tree. */
@Entity('org_units')
export class OrgUnitEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** Composite FK (tenant_id, parent_id): a unit can never hang under another kommun's unit. */
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  shortName: string | null;

  @Column('text')
  kind: OrgUnitKind;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
