/** PostgreSQL error classes that mean "the database is not there", not "the request is bad". */
const CONNECTION_ERRORS = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/**
 * TypeORM's errors for a connection it has already given back. When PostgreSQL ends a
 * connection mid-request (a restart), TypeORM releases it, and the request's next statement
 * fails with one of these instead of a PostgreSQL code. Found by the PostgreSQL-restart fault
 * test, where they were answered 500.
 */
const RELEASED_CONNECTION_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/** Whether an error means the database cannot be reached (503), not a fault in the request. */
export function isDatabaseUnavailable(exception: unknown): boolean {
  const error = exception as {
    name?: string;
    code?: string;
    driverError?: { code?: string };
    message?: string;
  };
  if (error?.name && RELEASED_CONNECTION_ERRORS.has(error.name)) return true;
  const code = error?.driverError?.code ?? error?.code;
  if (code && (CONNECTION_ERRORS.has(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET'))
    return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
    error?.message ?? '',
  );
}
