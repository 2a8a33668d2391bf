import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The channel the triggers of migration 1765300000000 notify on. */
export const PRINCIPAL_CHANGE_CHANNEL = 'samla_principal_change';
/** A payload that means "every user" (a kommun was renamed, say). */
export const EVERY_PRINCIPAL = '*';

export interface PrincipalChangeHandlers {
  /** A user's sessions or rights changed (a uuid), or everybody's (`EVERY_PRINCIPAL`). */
  changed(userId: string): void;
  /** Whether changes are being heard right now; nothing may be served from a copy while not. */
  listening(listening: boolean): void;
}

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000];

/**
 * One connection per API process that LISTENs for changes to who may do what. It is not
 * from the pool: a listening connection must stay open and cannot serve queries. When it
 * drops (PostgreSQL restarted, the network failed), the handlers hear `listening(false)`
 * at once and it reconnects with growing pauses; notifications sent meanwhile are lost,
 * which is why everything cached must be forgotten while it is down.
 */
@Injectable()
export class PrincipalChangesRepository implements OnModuleDestroy {
  private readonly logger = new Logger('PrincipalChanges');
  private client: pg.Client | undefined;
  private stopped = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  listen(handlers: PrincipalChangeHandlers): void {
    this.stopped = false;
    void this.connect(handlers);
  }

  private async connect(handlers: PrincipalChangeHandlers): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.config.databaseAppUrl,
      application_name: 'samla-listener',
    });
    this.client = client;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      handlers.listening(false);
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      if (error) this.logger.warn(`Listening for session changes stopped: ${error.message}`);
      const pause = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)];
      this.retry = setTimeout(() => void this.connect(handlers), pause);
      this.retry.unref();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === PRINCIPAL_CHANGE_CHANNEL) handlers.changed(message.payload ?? '*');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PRINCIPAL_CHANGE_CHANNEL}`);
      if (lost || this.stopped) return;
      this.attempt = 0;
      handlers.listening(true);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }
}
