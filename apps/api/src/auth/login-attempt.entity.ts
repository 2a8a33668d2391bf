import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One login attempt; the recent failures for an address decide slowing and refusing. */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('text')
  email: string;

  @Column('boolean')
  succeeded: boolean;

  @Column('timestamptz')
  attemptedAt: Date;
}
