import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Whether a kommun publishes its public page (`/k/{kommunkod}`): one row per kommun, when first saved. */
@Entity('publications')
export class PublicationEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @Column('boolean')
  published: boolean;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;
}

/** A plan the kommun shows on its public page. */
@Entity('publication_plans')
export class PublicationPlanEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  planId: string;
}
