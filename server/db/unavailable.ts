/**
 * Whether an error means the database cannot be reached or did not answer in time (as opposed to a bug or a bad
 * query): the request gets 503 with a reason, and the pool reconnects on its own. Walks Drizzle's `cause` chain.
 */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown: the server was restarted or the backend terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: still starting
  '57014', // query_canceled: statement_timeout
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too_many_connections
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGES = /Connection terminated|Query read timeout|timeout exceeded when trying to connect|not queryable|Connection ended|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'The database is not answering right now; try again in a few seconds.';
