import type { AuthorMatch, PaperResult } from '../api/resolve';
import type { DetectedAuthor, DetectedPaper } from '../detect/types';
import type { ResolveMessage, ResolveReply } from '../messages';
import { badgeAfter, createBadge, renderBadge } from './badge-element';
import { buildResolveMessage } from './resolve-message';
import type { BadgeState } from './state';
import { badgeView } from './view';
import { inChunks, yieldToMain } from './yield';

/** One badge on the page and what it currently shows. */
export interface BadgeRecord {
  host: HTMLElement;
  author: DetectedAuthor;
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
}

export interface BadgeController {
  records(): BadgeRecord[];
  /** Resolves when the current look-up has been applied (or failed). */
  settled(): Promise<void>;
  /** Sends the page's one resolve message again (what an error badge does on click). */
  retry(): Promise<void>;
}

/** Each host's activation goes to the controller that owns it now, however many times the script ran. */
const activators = new WeakMap<HTMLElement, () => void>();

export function startBadges(options: BadgeControllerOptions): BadgeController {
  const { signal } = options;
  const chunkSize = options.chunkSize ?? 200;
  const pause = options.pause ?? yieldToMain;
  const message = buildResolveMessage(options.papers);
  const records: BadgeRecord[] = [];
  const recordOf = new Map<DetectedAuthor, BadgeRecord>();
  /** Answers by paper, then by position; kept for badges that are inserted later. */
  let answers: Map<number, AuthorMatch>[] | null = null;
  let failure: string | null = null;
  let pending: Promise<void> = Promise.resolve();
  let renderPass = 0;

  function stateOf(record: BadgeRecord, paperIndex: number): void {
    if (failure !== null) {
      record.state = 'error';
      record.error = failure;
      delete record.match;
      return;
    }
    delete record.error;
    if (!answers) {
      record.state = 'loading';
      delete record.match;
      return;
    }
    const match = answers[paperIndex]?.get(record.author.position);
    if (match) record.match = match;
    else delete record.match;
    record.state = match ? match.state : 'unresolved';
  }

  const paperIndexOf = new Map<DetectedAuthor, number>();
  options.papers.forEach((paper, i) => paper.authors.forEach((a) => paperIndexOf.set(a, i)));

  function render(record: BadgeRecord): void {
    stateOf(record, paperIndexOf.get(record.author) ?? 0);
    const view = badgeView(record.author.name, record.state, record.match);
    record.state = view.state;
    renderBadge(record.host, view);
    options.onUpdate?.(record);
  }

  function place(author: DetectedAuthor): void {
    if (signal.aborted || recordOf.has(author) || !author.element.isConnected) return;
    const doc = author.element.ownerDocument;
    // Idempotent: a badge already after this name (an earlier run) is taken over, never doubled.
    const host = badgeAfter(author.element) ?? createBadge(doc, author.name, author.position);
    if (!host.isConnected) author.element.after(host);
    if (!activators.has(host)) wire(host);
    const record: BadgeRecord = { host, author, state: 'loading' };
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
    if (record.state === 'error') void retry();
    else if (record.state !== 'loading') options.onOpen(record);
  }

  function renderAll(): Promise<void> {
    const pass = ++renderPass;
    const snapshot = [...records];
    return inChunks(snapshot, chunkSize * 2, (r) => pass === renderPass && render(r), signal, pause);
  }

  async function lookUp(): Promise<void> {
    if (!message) return;
    let reply: ResolveReply | null = null;
    try {
      reply = options.parseReply(await options.send(message));
    } catch {
      reply = null; // background asleep, extension reloaded, or no answer at all
    }
    if (signal.aborted) return;
    if (!reply) failure = 'PeerLens service unreachable';
    else if (!reply.ok) failure = reply.error;
    else {
      failure = null;
      answers = indexAnswers(reply.papers, message.papers.length);
    }
    await renderAll();
  }

  function retry(): Promise<void> {
    failure = null;
    answers = null;
    void renderAll();
    pending = lookUp();
    return pending;
  }

  // Visible names get their badges at once; collapsed lists when the reader opens them, in chunks.
  const collapsed = new Map<HTMLElement, DetectedAuthor[]>();
  for (const paper of options.papers) {
    for (const author of paper.authors) {
      if (!author.collapsedIn) place(author);
      else {
        const group = collapsed.get(author.collapsedIn);
        if (group) group.push(author);
        else collapsed.set(author.collapsedIn, [author]);
      }
    }
  }
  for (const [container, authors] of collapsed) {
    whenShown(container, signal, () => void inChunks(authors, chunkSize, place, signal, pause));
  }

  signal.addEventListener('abort', () => {
    for (const record of records) {
      activators.delete(record.host);
      record.host.remove();
    }
  }, { once: true });

  // The message (all names, however many) goes out in the next task, after the visible badges.
  if (message) pending = pause().then(() => (signal.aborted ? undefined : lookUp()));

  return {
    records: () => [...records],
    settled: () => pending,
    retry,
  };
}

function indexAnswers(papers: PaperResult[], asked: number): Map<number, AuthorMatch>[] {
  const out: Map<number, AuthorMatch>[] = [];
  for (let i = 0; i < asked; i++) {
    out.push(new Map((papers[i]?.authors ?? []).map((m) => [m.position, m])));
  }
  return out;
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
