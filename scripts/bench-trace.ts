/**
 * Attributes main-thread work to PeerLens from a Chromium trace: every top-level task on the page's
 * main thread that runs the extension's content-script code (a script evaluation, a function call or an
 * observer callback whose URL is `chrome-extension://…`). Their summed duration is the time PeerLens
 * added (its own script plus the style and layout it forced inside those tasks); the longest of them
 * is the longest task PeerLens caused.
 */
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

export interface ExtensionWork {
  totalMs: number;
  longestTaskMs: number;
  tasks: number;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReturnAsStream',
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const isExtensionUrl = (url: string | undefined) => typeof url === 'string' && url.startsWith('chrome-extension://');

export function extensionWork(events: TraceEvent[]): ExtensionWork {
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const marks = events.filter((e) => {
    const d = e.args?.data;
    return (e.ph === 'X' || e.ph === 'B') && (isExtensionUrl(d?.url) || isExtensionUrl(d?.scriptName) || isExtensionUrl(d?.stackTrace?.[0]?.url));
  });
  const ours = new Set<TraceEvent>();
  for (const m of marks) {
    const task = tasks.find((t) => t.pid === m.pid && t.tid === m.tid && t.ts <= m.ts && m.ts <= t.ts + t.dur!);
    if (task) ours.add(task);
  }
  const durations = [...ours].map((t) => t.dur! / 1000);
  return { totalMs: durations.reduce((a, b) => a + b, 0), longestTaskMs: Math.max(0, ...durations), tasks: durations.length };
}

/**
 * Time inside the extension's own script events (evaluation, compilation, callbacks), outermost only:
 * the code's cost without the browser's per-page set-up of the content scripts' isolated world, which
 * the enclosing task also holds.
 */
export function extensionScriptMs(events: TraceEvent[], file: string): number {
  const ours = events.filter((e) => {
    const d = e.args?.data;
    const url = d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url;
    return e.ph === 'X' && e.dur !== undefined && typeof url === 'string' && url.startsWith('chrome-extension://') && url.endsWith(file);
  });
  const outer = ours.filter((e) => !ours.some((o) => o !== e && o.pid === e.pid && o.tid === e.tid && o.ts <= e.ts && e.ts + e.dur! <= o.ts + o.dur! && (o.ts < e.ts || o.dur! > e.dur!)));
  return outer.reduce((sum, e) => sum + e.dur! / 1000, 0);
}
