import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { PaperResult } from '../../lib/api/resolve';
import type { Db } from '../db/client';

/**
 * Answers for stored papers, kept in the process and checked against the database's answer generation in one
 * round trip per request. Every write that can change an answer (works and their authorships, author records,
 * claims, follows, users) bumps the generation in the database (a trigger on a sequence, at commit), so several
 * service processes sharing one Postgres never serve an answer older than a write they can see. Writes made
 * through this process also clear it at once (app.ts), and entries live at most `ttlMs` by the app's clock. Whole
 * answers (the serialised answer to one exact request body) are checked the same way; one composed of kept papers
 * lives `ttlMs` past its composition, so by the clock an answer is at most 2 × `ttlMs` old (writes bound it exactly).
 */

const SEQUENCE = 'peerlens_answer_generation';
const TABLES = ['works', 'work_authors', 'researchers', 'claims', 'follows', 'users'];

/**
 * Idempotent: the sequence, the trigger function and one trigger per table. Constraint triggers deferred to the
 * commit, so the generation moves as the write becomes visible (not at its first statement, which would let a
 * reader cache the old rows under the new generation); created only when missing, so a starting process never
 * takes a lock on a table others are using.
 */
const SETUP = [
  `create sequence if not exists ${SEQUENCE}`,
  `create or replace function ${SEQUENCE}_bump() returns trigger language plpgsql as $$ begin perform nextval('${SEQUENCE}'); return null; end $$`,
  ...TABLES.map(
    (t) => `do $$ begin
      if not exists (select 1 from pg_trigger where tgname = '${t}_bumps_answers' and tgrelid = '${t}'::regclass) then
        create constraint trigger ${t}_bumps_answers after insert or update or delete on ${t}
          deferrable initially deferred for each row execute function ${SEQUENCE}_bump();
      end if;
    end $$`,
  ),
];

interface Entry {
  generation: string;
  storedAt: number;
  result: PaperResult;
}

/** A whole resolve answer, already serialised, for one exact request body. */
interface BodyEntry {
  generation: string;
  storedAt: number;
  bytes: string;
}

/** Request bodies above this are not kept whole (their papers still are, one by one). */
const MAX_KEPT_BODY_CHARS = 64 * 1024;

export class ResolveAnswerCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Bounded by characters (request body and answer), not by count: bodies differ widely in size. */
  private readonly bodies: LRUCache<string, BodyEntry>;
  private readonly ttlMs: number;
  private ready: Promise<boolean> | null = null;

  constructor(
    private readonly db: Db,
    options: { max?: number; maxBodyChars?: number; ttlMs?: number; log?: (message: string) => void } = {},
  ) {
    this.entries = new LRUCache({ max: options.max ?? 20_000 });
    this.bodies = new LRUCache({ maxSize: options.maxBodyChars ?? 32 * 1024 * 1024, sizeCalculation: (entry, key) => key.length + entry.bytes.length });
    this.ttlMs = options.ttlMs ?? 60_000;
    this.log = options.log ?? console.warn;
  }

  private readonly log: (message: string) => void;

  /**
   * The database's answer generation now, or null when answers cannot be cached. Concurrent callers share reads,
   * but each gets one that started after it asked (it waits for the next read when one is already under way), so
   * a write committed before a request arrived is always seen: one round trip per request at most, fewer under load.
   */
  async generation(): Promise<string | null> {
    if (!(await (this.ready ??= this.setUp()))) return null;
    if (!this.reading) return this.read();
    this.next ??= this.reading.then(
      () => this.read(),
      () => this.read(),
    );
    return this.next;
  }

  private reading: Promise<string | null> | null = null;
  private next: Promise<string | null> | null = null;

  private read(): Promise<string | null> {
    // A named statement: PostgreSQL parses and plans it once per connection, not on every request.
    const query = this.db
      .select({ g: sql<string>`last_value::text || is_called::text` })
      .from(sql.raw(SEQUENCE))
      .prepare(`${SEQUENCE}_read`);
    const reading = withinReadTimeout(query.execute()).then((rows) => rows[0]?.g ?? null);
    this.reading = reading;
    if (this.next) this.next = null;
    void reading.finally(() => {
      if (this.reading === reading) this.reading = null;
    }).catch(() => {});
    return reading;
  }

  get(key: string, generation: string, now: Date): PaperResult | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.generation !== generation || now.getTime() - entry.storedAt > this.ttlMs || now.getTime() < entry.storedAt) return undefined;
    return entry.result;
  }

  set(key: string, generation: string, now: Date, result: PaperResult): void {
    this.entries.set(key, { generation, storedAt: now.getTime(), result });
  }

  /**
   * Whether an answer is kept for this exact body at all (no database read needed to say no): a request only
   * reads the generation early, before parsing, when there is an answer to check it against.
   */
  hasBody(body: string): boolean {
    return this.bodies.has(body);
  }

  /** The serialised answer to this exact body, when it was made at this generation within the time to live. */
  getBody(body: string, generation: string, now: Date): string | undefined {
    const entry = this.bodies.get(body);
    if (!entry || entry.generation !== generation || now.getTime() - entry.storedAt > this.ttlMs || now.getTime() < entry.storedAt) return undefined;
    return entry.bytes;
  }

  setBody(body: string, generation: string, now: Date, bytes: string): void {
    if (body.length > MAX_KEPT_BODY_CHARS) return;
    this.bodies.set(body, { generation, storedAt: now.getTime(), bytes });
  }

  clear(): void {
    this.entries.clear();
    this.bodies.clear();
  }

  /** Creates the generation objects once per process (under an advisory lock: several processes may start at once). */
  private async setUp(): Promise<boolean> {
    try {
      await this.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(7245012)`);
        for (const statement of SETUP) await tx.execute(sql.raw(statement));
      });
      return true;
    } catch (error) {
      this.ready = null; // try again on a later request (the database may have been down)
      this.log(`Resolve answers are not cached: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}

/** Every resolve starts with this read: a database that does not answer it (frozen) makes the request a 503. */
export const GENERATION_READ_TIMEOUT_MS = 3_000;

function withinReadTimeout<T>(query: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    // The message is one isDatabaseUnavailable (db/unavailable.ts) recognises.
    timer = setTimeout(() => reject(new Error('Query read timeout: the database did not answer')), GENERATION_READ_TIMEOUT_MS);
  });
  return Promise.race([query, timedOut]).finally(() => clearTimeout(timer));
}
