import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A login session. Only the SHA-256 of the cookie's token is stored, so a leaked table is useless. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('bytea')
  tokenHash: Buffer;

  @Column('uuid')
  userId: string;

  /** Sent with /auth/me and login; state-changing requests echo it in X-CSRF-Token. */
  @Column('text')
  csrfToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  /** Absolute end of the session, whatever the activity. */
  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
