/**
 * Known, harmless output is dropped by its exact words (tests/unit/setup.ts, vitest.config.ts), and nothing else:
 * a saved page's tracking iframe no longer prints happy-dom's refusal with its stack, while any other error on
 * the same console still does.
 */
import nodeConsole from 'node:console';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage, savedPage } from '../support/saved-pages';

afterEach(() => vi.restoreAllMocks());

function stderrWrites(): string[] {
  const writes: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  return writes;
}

describe('test output', () => {
  it('a saved page with tracking iframes parses without happy-dom reports; other errors still print', () => {
    const writes = stderrWrites();
    // eLife's saved page carries Google Tag Manager's <noscript> iframe.
    const doc = new DOMParser().parseFromString(readPage(savedPage('elife_44753.html')), 'text/html');
    expect(doc.querySelectorAll('iframe').length).toBeGreaterThan(0);
    expect(writes.join('')).not.toContain('Iframe page loading is disabled');
    nodeConsole.error(new Error('a new problem'));
    expect(writes.join('')).toContain('a new problem');
  });
});
