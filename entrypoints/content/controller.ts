import type { AuthorMatch, PaperQuery, PaperResult } from '../../lib/api/resolve';
import type { ResearcherSummary } from '../../lib/api/researcher';
import type { DetectedAuthor, DetectedPaper } from '../../lib/detect/types';
import type { ResolveMessage, ResolveReply } from '../../lib/protocol';
import { badgeAfter, createBadge, renderBadge } from './badge-element';
import { watchNear, type NearWatch } from './near-viewport';
import { watchRedraws } from './redraw-watch';
import { messageFor, paperQuery } from './resolve-message';
import type { BadgeDensity, BadgeState } from '../../lib/badge/badge-state';
import { badgeView } from './view';
import { inChunks, yieldToMain } from './yield';

/** One badge on the page and what it currently shows. */
export interface BadgeRecord {
  host: HTMLElement;
  author: DetectedAuthor;
  /** The paper this author occurrence belongs to (as last read from the page). */
  paper: DetectedPaper;
  state: BadgeState;
  match?: AuthorMatch;
  /** The service's words when the look-up failed. */
  error?: string;
}

export interface BadgeControllerOptions {
  papers: DetectedPaper[];
  /** `browser.runtime.sendMessage`; whatever comes back is checked by `parseReply`. */
  send(message: ResolveMessage): Promise<unknown>;
  parseReply(raw: unknown): ResolveReply | null;
  /** Ends everything (the content script's context): listeners, observers, pending chunks, badges. */
  signal: AbortSignal;
  /** Click or Enter/Space on a badge that has something to show. */
  onOpen(record: BadgeRecord): void;
  /** A badge changed state (an open card may want to follow). */
  onUpdate?(record: BadgeRecord): void;
  /** Badges inserted per task in collapsed lists (~200 keeps each task well under 50 ms). */
  chunkSize?: number;
  pause?: () => Promise<void>;
  /**
   * Reads the page again. When given, the page is watched: after a redraw or an in-page navigation
   * the names get their badges back (never twice), and papers already answered are not asked again.
   */
  rescan?: () => DetectedPaper[];
  /** Pages of many papers: badges and look-ups only for papers near the viewport, in batches. */
  lazy?: boolean;
  /** Privacy mode: badges wait in `idle`; nothing is sent until the reader clicks one. */
  privacy?: boolean;
  density?: BadgeDensity;
  /** How long papers coming into view are collected before one message asks for all of them. */
  batchMs?: number;
  /** Test seam: how "near the viewport" is observed (IntersectionObserver in the page). */
  near?: NearWatch;
}

export interface BadgeController {
  records(): BadgeRecord[];
  /** Resolves when every look-up asked so far has been applied (or failed). */
  settled(): Promise<void>;
  /** Asks again: the papers whose look-up failed, else `record`'s paper past the cache, else every answered paper. */
  retry(record?: BadgeRecord): Promise<void>;
  /** Shows a fresher snapshot of a researcher on every badge that resolved to them. */
  refresh(summary: ResearcherSummary): void;
}

type Status = 'idle' | 'queued' | 'sent' | 'done' | 'error';

/** One paper on the page, however many times the page has been read. */
interface PaperEntry {
  query: PaperQuery;
  status: Status;
  answers?: Map<number, AuthorMatch>;
  failure?: string;
  near: boolean;
  paper: DetectedPaper;
  /** Asked again by the reader (Retry on an answered name): the background skips its cache. */
  fresh?: boolean;
}

export const BATCH_MS = 150;

/** Each host's activation goes to the controller that owns it now, however many times the script ran. */
const activators = new WeakMap<HTMLElement, () => void>();

export function startBadges(options: BadgeControllerOptions): BadgeController {
  const { signal } = options;
  const chunkSize = options.chunkSize ?? 200;
  const pause = options.pause ?? yieldToMain;
  const batchMs = options.batchMs ?? BATCH_MS;
  const lazy = options.lazy ?? false;
  const privacy = options.privacy ?? false;
  const entries = new Map<string, PaperEntry>();
  const entryOf = new Map<DetectedAuthor, PaperEntry>();
  let records: BadgeRecord[] = [];
  const recordOf = new Map<DetectedAuthor, BadgeRecord>();
  const near = lazy ? (options.near ?? watchNear(signal)) : null;

  // --- look-ups: papers are queued, then sent together in one message ---
  const queued = new Set<PaperEntry>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let tail: Promise<void> = Promise.resolve();

  function track(work: Promise<void>): Promise<void> {
    tail = Promise.all([tail, work]).then(() => undefined);
    return work;
  }

  function queue(entry: PaperEntry, now = false): void {
    if (entry.status !== 'idle' && entry.status !== 'error') return;
    entry.status = 'queued';
    delete entry.failure;
    renderEntry(entry);
    queued.add(entry);
    if (now) {
      // The reader asked (a click): send at once, with whatever else was waiting.
      if (flushTimer !== null) clearTimeout(flushTimer);
      flushTimer = null;
      const release = releaseScheduled;
      releaseScheduled = null;
      track(flush().finally(() => release?.()));
      return;
    }
    // A page of one paper asks in the next task; listings collect what scrolls into view for a moment.
    flushSoon(lazy ? batchMs : 0);
  }

  /** Settles the promise `settled()` waits on for the flush that is scheduled now, if any. */
  let releaseScheduled: (() => void) | null = null;

  function flushSoon(delay: number): void {
    if (flushTimer !== null) {
      if (delay > 0) return; // the window already open takes this paper too
      clearTimeout(flushTimer);
    }
    if (!releaseScheduled) track(new Promise<void>((r) => (releaseScheduled = r)));
    const run = () => {
      flushTimer = null;
      const release = releaseScheduled;
      releaseScheduled = null;
      void flush().finally(() => release?.());
    };
    flushTimer = setTimeout(() => (delay > 0 ? run() : void pause().then(run)), delay);
  }

  async function flush(): Promise<void> {
    if (signal.aborted || queued.size === 0) return;
    const batch = [...queued];
    queued.clear();
    batch.forEach((e) => (e.status = 'sent'));
    const message = messageFor(batch.map((e) => e.query), batch.some((e) => e.fresh));
    batch.forEach((e) => delete e.fresh);
    if (!message) return;
    let reply: ResolveReply | null = null;
    try {
      reply = options.parseReply(await options.send(message));
    } catch {
      reply = null; // background asleep, extension reloaded, or no answer at all
    }
    if (signal.aborted) return;
    batch.forEach((entry, i) => {
      if (!reply || !reply.ok) {
        entry.status = 'error';
        entry.failure = reply && !reply.ok ? reply.error : 'PeerLens service unreachable';
        delete entry.answers;
      } else {
        entry.status = 'done';
        entry.answers = indexAnswers(reply.papers[i]);
      }
    });
    await inChunks(batch, Math.max(1, Math.floor(chunkSize / 8)), renderEntry, signal, pause);
  }

  // --- badges ---
  function stateOf(record: BadgeRecord, entry: PaperEntry): void {
    delete record.error;
    delete record.match;
    switch (entry.status) {
      case 'idle':
        record.state = privacy ? 'idle' : 'loading';
        return;
      case 'queued':
      case 'sent':
        record.state = 'loading';
        return;
      case 'error':
        record.state = 'error';
        record.error = entry.failure ?? 'PeerLens service unreachable';
        return;
      case 'done': {
        const match = entry.answers?.get(record.author.position);
        if (match) record.match = match;
        record.state = match ? match.state : 'unresolved';
      }
    }
  }

  function render(record: BadgeRecord): void {
    const entry = entryOf.get(record.author);
    if (!entry) return;
    stateOf(record, entry);
    const view = badgeView(record.author.name, record.state, record.match, options.density);
    record.state = view.state;
    renderBadge(record.host, view);
    options.onUpdate?.(record);
  }

  function renderEntry(entry: PaperEntry): void {
    for (const author of entry.paper.authors) {
      const record = recordOf.get(author);
      if (record) render(record);
    }
  }

  function place(author: DetectedAuthor): void {
    const element = author.element;
    const entry = entryOf.get(author);
    if (signal.aborted || !element || !entry || recordOf.has(author) || !element.isConnected) return;
    // Idempotent: a badge already after this name (an earlier run, an earlier read) is taken over.
    const host = badgeAfter(element) ?? createBadge(element.ownerDocument, author.name, author.position);
    if (!host.isConnected) element.after(host);
    if (!activators.has(host)) wire(host);
    const record: BadgeRecord = { host, author, paper: entry.paper, state: 'loading' };
    activators.set(host, () => activate(record));
    recordOf.set(author, record);
    records.push(record);
    render(record);
  }

  function wire(host: HTMLElement): void {
    host.addEventListener('click', (event) => {
      event.preventDefault();
      activators.get(host)?.();
    });
    host.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault(); // Space would scroll the page
      activators.get(host)?.();
    });
  }

  function activate(record: BadgeRecord): void {
    if (signal.aborted) return;
    const entry = entryOf.get(record.author);
    if (!entry) return;
    if (record.state === 'idle') queue(entry, true);
    else if (record.state === 'error') {
      // Ask again at once, and open the card: should it fail again, the card says what to do next.
      queue(entry, true);
      options.onOpen(record);
    } else if (record.state !== 'loading') options.onOpen(record);
  }

  /** Visible names get their badges at once; collapsed lists when the reader opens them, in chunks. */
  function placeAll(entry: PaperEntry): void {
    const collapsed = new Map<HTMLElement, DetectedAuthor[]>();
    for (const author of entry.paper.authors) {
      if (!author.collapsedIn) place(author);
      else {
        const group = collapsed.get(author.collapsedIn);
        if (group) group.push(author);
        else collapsed.set(author.collapsedIn, [author]);
      }
    }
    for (const [container, authors] of collapsed) {
      whenShown(container, signal, () => void inChunks(authors, chunkSize, place, signal, pause));
    }
  }

  function adopt(papers: DetectedPaper[]): void {
    for (const paper of papers) {
      const query = paperQuery(paper);
      if (!query) continue; // nothing to ask about, so no badge that could never settle
      const key = paperIdentity(query);
      let entry = entries.get(key);
      if (!entry) {
        entry = { query, status: 'idle', near: !lazy, paper };
        entries.set(key, entry);
      }
      entry.paper = paper;
      for (const author of paper.authors) entryOf.set(author, entry);
      if (entry.near) {
        placeAll(entry);
        if (!privacy) queue(entry);
        continue;
      }
      const target = paper.container ?? paper.authors.find((a) => a.element)?.element;
      if (!target || !near) continue;
      const current = entry;
      near.observe(target, () => {
        current.near = true;
        placeAll(current);
        if (!privacy) queue(current);
      });
    }
  }

  /** Drops badges whose names left the page, then reads the page again. */
  function reread(): void {
    if (signal.aborted || !options.rescan) return;
    const kept: BadgeRecord[] = [];
    for (const record of records) {
      if (record.author.element?.isConnected && record.host.isConnected) kept.push(record);
      else {
        recordOf.delete(record.author);
        entryOf.delete(record.author);
      }
    }
    records = kept;
    near?.reset();
    adopt(options.rescan());
  }

  adopt(options.papers);
  if (options.rescan) watchRedraws(signal, reread);

  signal.addEventListener('abort', () => {
    if (flushTimer !== null) clearTimeout(flushTimer);
    releaseScheduled?.();
    for (const record of records) {
      activators.delete(record.host);
      record.host.remove();
    }
  }, { once: true });

  return {
    records: () => [...records],
    async settled() {
      // Look-ups may queue more look-ups (a retry, a scroll): wait until the chain stops growing.
      let seen: Promise<void>;
      do {
        seen = tail;
        await seen;
      } while (seen !== tail);
    },
    retry(record) {
      // After a failure: the failed papers. Retry on an answered name's card: that name's paper, asked
      // past the cache. Otherwise every answered paper, so the background can apply a pick.
      const all = [...entries.values()];
      const failed = all.filter((e) => e.status === 'error');
      const mine = record ? entryOf.get(record.author) : undefined;
      const again = failed.length > 0 ? failed : mine?.status === 'done' ? [mine] : all.filter((e) => e.status === 'done');
      for (const entry of again) {
        if (entry.status === 'done') entry.fresh = true;
        entry.status = 'idle';
        queue(entry, true);
      }
      return tail;
    },
    refresh(summary) {
      for (const entry of entries.values()) {
        let changed = false;
        for (const [position, match] of entry.answers ?? []) {
          if (match.state !== 'resolved' || match.researcher?.id !== summary.id) continue;
          entry.answers!.set(position, { ...match, researcher: summary });
          changed = true;
        }
        if (changed) renderEntry(entry);
      }
    },
  };
}

/**
 * Which entry a paper read from the page is: its identifiers and its author names (a redraw yields new
 * elements for the same paper). A key within one page, never stored: the stored one is `paperKey`, whose
 * title normalising this does not need.
 */
function paperIdentity(query: PaperQuery): string {
  return [query.arxivId ?? '', query.doi ?? '', query.title ?? '', ...query.authors.map((a) => a.name)].join('\u001f');
}

function indexAnswers(result: PaperResult | undefined): Map<number, AuthorMatch> {
  return new Map((result?.authors ?? []).map((m) => [m.position, m]));
}

/** Calls `then` once `container` is displayed: at once if it is, else when its style or `hidden` changes. */
function whenShown(container: HTMLElement, signal: AbortSignal, then: () => void): void {
  const shown = () => container.style.display !== 'none' && !container.hidden;
  if (shown()) {
    then();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    then();
  });
  observer.observe(container, { attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
