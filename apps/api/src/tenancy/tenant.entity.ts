import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A kommun onboarded to Samla. Not tenant-owned itself: the list is public knowledge. */
@Entity('tenants')
export class TenantEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Kommunkod, e.g. 1287. */
  @Column('char', { length: 4 })
  code: string;

  @Column('text')
  name: string;

  /** Länskod of the region the kommun belongs to. */
  @Column('char', { length: 2 })
  regionCode: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
