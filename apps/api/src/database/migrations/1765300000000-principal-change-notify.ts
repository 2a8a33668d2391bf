import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API process keeps a short-lived copy of the sessions it resolved (SessionCache,
 * docs/adr/0008-session-cache.md). These triggers tell all of them, through one NOTIFY
 * channel, when such a copy may have gone wrong: a session revoked or its end moved, a
 * user's memberships, coordinator assignments or account changed (the user's id as the
 * payload), or a kommun renamed ('*': everybody). PostgreSQL delivers a notification when
 * the transaction commits and never for one rolled back, and folds duplicates within a
 * transaction, so a bulk change costs one message per user.
 */
export class PrincipalChangeNotify1765300000000 implements MigrationInterface {
  name = 'PrincipalChangeNotify1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION samla_notify_principal_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed text;
      BEGIN
        IF TG_ARGV[0] = '*' THEN
          changed := '*';
        ELSIF TG_OP = 'DELETE' THEN
          changed := to_jsonb(OLD) ->> TG_ARGV[0];
        ELSE
          changed := to_jsonb(NEW) ->> TG_ARGV[0];
        END IF;
        PERFORM pg_notify('samla_principal_change', changed);
        IF TG_OP = 'UPDATE' AND TG_ARGV[0] <> '*'
           AND to_jsonb(OLD) ->> TG_ARGV[0] IS DISTINCT FROM changed THEN
          PERFORM pg_notify('samla_principal_change', to_jsonb(OLD) ->> TG_ARGV[0]);
        END IF;
        RETURN NULL;
      END $$`);
    // Last-seen is written once a minute per session: that is no change of rights.
    await q.query(`
      CREATE TRIGGER sessions_principal_change
        AFTER UPDATE OF revoked_at, expires_at, user_id OR DELETE ON sessions
        FOR EACH ROW EXECUTE FUNCTION samla_notify_principal_change('user_id')`);
    await q.query(`
      CREATE TRIGGER memberships_principal_change
        AFTER INSERT OR UPDATE OR DELETE ON memberships
        FOR EACH ROW EXECUTE FUNCTION samla_notify_principal_change('user_id')`);
    await q.query(`
      CREATE TRIGGER region_coordinators_principal_change
        AFTER INSERT OR UPDATE OR DELETE ON region_coordinators
        FOR EACH ROW EXECUTE FUNCTION samla_notify_principal_change('user_id')`);
    await q.query(`
      CREATE TRIGGER users_principal_change
        AFTER UPDATE OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION samla_notify_principal_change('id')`);
    await q.query(`
      CREATE TRIGGER tenants_principal_change
        AFTER UPDATE OF code, name OR DELETE ON tenants
        FOR EACH STATEMENT EXECUTE FUNCTION samla_notify_principal_change('*')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sessions', 'memberships', 'region_coordinators', 'users', 'tenants'])
      await q.query(`DROP TRIGGER ${table}_principal_change ON ${table}`);
    await q.query(`DROP FUNCTION samla_notify_principal_change()`);
  }
}
