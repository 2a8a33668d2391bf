import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository.js';

export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; latencyMs?: number };
  uptimeSeconds: number;
}

@Injectable()
export class HealthService {
  constructor(private readonly repository: HealthRepository) {}

  /** Never throws: a database that is down is a report, not an error. */
  async check(): Promise<HealthReport> {
    const uptimeSeconds = Math.round(process.uptime());
    try {
      const latencyMs = await this.repository.ping(2000);
      return { status: 'ok', database: { status: 'up', latencyMs }, uptimeSeconds };
    } catch {
      return { status: 'error', database: { status: 'down' }, uptimeSeconds };
    }
  }
}
