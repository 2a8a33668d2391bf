import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A regional coordinator (länsstyrelse) and the län they coordinate; a platform table. */
@Entity('region_coordinators')
export class RegionCoordinatorEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('char', { length: 2 })
  lanskod: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('uuid', { nullable: true })
  createdBy: string | null;
}
