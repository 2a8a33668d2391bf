import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginAttemptEntity } from './login-attempt.entity.js';

/**
 * Login attempts are written outside the request's transaction on purpose: a failed login
 * answers with an error, which rolls the request's transaction back, and the failure
 * must still count.
 */
@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(email: string, succeeded: boolean, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(LoginAttemptEntity)
      .insert({ email, succeeded, attemptedAt: at });
  }

  /** Failures since the last success within the window, newest first. */
  async recentFailures(email: string, since: Date): Promise<Date[]> {
    const rows: Array<{ attempted_at: Date }> = await this.dataSource.query(
      `SELECT attempted_at FROM login_attempts
        WHERE email = $1 AND attempted_at > $2 AND NOT succeeded
          AND attempted_at > COALESCE((SELECT max(attempted_at) FROM login_attempts
                                        WHERE email = $1 AND succeeded), '-infinity')
        ORDER BY attempted_at DESC LIMIT 50`,
      [email, since],
    );
    return rows.map((r) => new Date(r.attempted_at));
  }
}
