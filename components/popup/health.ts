export type ServiceHealth = 'up' | 'degraded' | 'down';

/** Asks the service's `/v1/healthz`: up (200), degraded (it answers but its database does not), down. */
export async function checkServiceHealth(serviceUrl: string, doFetch: typeof fetch = fetch): Promise<ServiceHealth> {
  try {
    const res = await doFetch(new URL('/v1/healthz', serviceUrl), { signal: AbortSignal.timeout(5_000) });
    return res.ok ? 'up' : 'degraded';
  } catch {
    return 'down';
  }
}
