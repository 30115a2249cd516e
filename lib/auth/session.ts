import { z } from 'zod';
import { SessionToken } from '../api/auth';

/**
 * The ORCID session token, in `storage.local` only: `storage.sync` would copy it to every browser the
 * reader is signed in to, and a stolen sync account would carry it. A 401 anywhere forgets it and leaves
 * a reason, so every view can say "Sign in again" instead of failing silently.
 */
export const SESSION_KEY = 'session';
export const SIGNED_OUT_KEY = 'signedOutReason';

export const StoredSession = z.object({
  token: SessionToken,
  expiresAt: z.string(),
  /** ORCID iD and name from `/v1/me`, shown in the popup's header. */
  orcid: z.string().nullable(),
  name: z.string().nullable(),
  /**
   * Follows made on this browser while signed out that this account does not have yet: offered once per
   * sign-in ("Add your 2 follows from this browser to your account?") and never sent without a yes.
   */
  followOffer: z.array(z.string()).optional(),
});
export type StoredSession = z.infer<typeof StoredSession>;

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

export const EXPIRED_MESSAGE = 'Your ORCID sign-in has expired or was revoked. Sign in again.';

export function createSessionStore(area: LocalArea, now: () => number = Date.now) {
  return {
    /** The session, or null when there is none, it no longer parses, or it has expired. */
    async read(): Promise<StoredSession | null> {
      const parsed = StoredSession.safeParse((await area.get(SESSION_KEY))[SESSION_KEY]);
      if (!parsed.success) return null;
      if (Date.parse(parsed.data.expiresAt) <= now()) {
        await this.forget(EXPIRED_MESSAGE);
        return null;
      }
      return parsed.data;
    },
    async save(session: StoredSession): Promise<void> {
      await area.set({ [SESSION_KEY]: StoredSession.parse(session) });
      await area.remove(SIGNED_OUT_KEY);
    },
    /** Forgets the token; `reason` (a 401, an expiry) is kept for the popup to show until the next sign-in. */
    async forget(reason: string | null = null): Promise<void> {
      await area.remove(SESSION_KEY);
      if (reason) await area.set({ [SIGNED_OUT_KEY]: reason });
      else await area.remove(SIGNED_OUT_KEY);
    },
    async signedOutReason(): Promise<string | null> {
      const value = (await area.get(SIGNED_OUT_KEY))[SIGNED_OUT_KEY];
      return typeof value === 'string' ? value : null;
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
