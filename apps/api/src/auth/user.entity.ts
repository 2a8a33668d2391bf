import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person who logs in. Users are global: one account may serve several kommuner. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  /** argon2id hash (PHC string). */
  @Column('text')
  passwordHash: string;

  @Column('boolean', { default: false })
  isPlatformAdmin: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
