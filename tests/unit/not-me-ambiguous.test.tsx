import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorCard } from '../../entrypoints/card/AuthorCard';
import { ReportForm, ambiguousReportReason } from '../../components/report/ReportForm';
import type { ReportRequest } from '../../lib/api/actions';
import { Action } from '../../lib/protocol';
import { createActionRunner } from '../../entrypoints/background/actions/run-action';
import { ActionError } from '../../lib/actions/service-call';
import { researcher } from './sample-results';

afterEach(cleanup);

const candidates = [researcher({ id: 'A5000000001', name: 'Tom B. Brown', affiliation: 'Anthropic' }), researcher({ id: 'A5000000002', name: 'Tom Brown' })];
const ambiguous = { position: 1, state: 'ambiguous' as const, confidence: 0.5, candidates };

describe('“Not me?” on an ambiguous card', () => {
  it('each candidate row reports that candidate as a wrong match for the page’s name, from the click it got', () => {
    const onReport = vi.fn();
    render(<AuthorCard authorName="T. Brown" state="ambiguous" match={ambiguous} onReport={onReport} />);
    const rows = screen.getByRole('list', { name: 'Possible researchers' }).querySelectorAll('li');
    expect(rows).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Not me? Report Tom Brown as a wrong match for “T. Brown”' }));
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport.mock.calls[0]![0]).toBe('A5000000002');
    expect(onReport.mock.calls[0]![1]).toBeInstanceOf(Event);
  });

  it('offers no report where the host cannot send one (no dead buttons)', () => {
    render(<AuthorCard authorName="T. Brown" state="ambiguous" match={ambiguous} />);
    expect(screen.queryByRole('button', { name: /Not me\?/ })).toBeNull();
  });

  it('the card’s open-action-page carries the page’s name to the report page', async () => {
    expect(Action.safeParse({ kind: 'open-action-page', page: 'report', id: 'A5000000002', paper: '10.48550/arXiv.2005.14165', name: 'T. Brown' }).success).toBe(true);
    expect(Action.safeParse({ kind: 'open-action-page', page: 'report', id: 'A5000000002', name: 'x'.repeat(201) }).success).toBe(false);
    const openPage = vi.fn(async (_path: string) => undefined);
    const run = createActionRunner({ serviceUrl: async () => 'http://svc', session: { read: async () => null } as never, identity: {} as never, follows: async () => ({}) as never, openPage });
    await run({ kind: 'open-action-page', page: 'report', id: 'A5000000002', paper: '10.48550/arXiv.2005.14165', name: 'T. Brown' });
    const path = openPage.mock.calls[0]![0];
    expect(path.startsWith('/actions.html#report/A5000000002?')).toBe(true);
    const query = new URLSearchParams(path.split('?')[1]);
    expect(query.get('paper')).toBe('10.48550/arXiv.2005.14165');
    expect(query.get('name')).toBe('T. Brown');
    await run({ kind: 'open-action-page', page: 'connect', id: 'A5000000002' });
    expect(openPage.mock.calls[1]![0]).toBe('/actions.html#connect/A5000000002');
  });
});

describe('the report form', () => {
  it('from an ambiguous card: the report is about the candidate’s record, its reason names the page’s name and paper', async () => {
    const report = vi.fn(async (_r: ReportRequest) => ({ id: '0b0e8a5e-4c1b-4f0e-9a43-5d1b6a8f2c11', received: true as const }));
    render(<ReportForm researcherId="A5000000002" researcherName="Tom Brown" paper="10.48550/arXiv.2005.14165" pageName="T. Brown" client={{ report }} />);
    const reason = screen.getByLabelText('What is wrong with this match?') as HTMLTextAreaElement;
    expect(reason.value).toBe(ambiguousReportReason('T. Brown', 'Tom Brown', '10.48550/arXiv.2005.14165'));
    expect(reason.value).toBe('“T. Brown” on 10.48550/arXiv.2005.14165 is not Tom Brown, though PeerLens listed them as a possible match.');
    fireEvent.submit(screen.getByRole('form'));
    expect((await screen.findByRole('status')).textContent).toContain('the report was received');
    expect(report).toHaveBeenCalledWith({ researcherId: 'A5000000002', paper: '10.48550/arXiv.2005.14165', reason: reason.value });
  });

  it('past the limit: the service’s 429 message, and the reader’s text kept', async () => {
    const limited = 'Too many requests: try again in 3 minutes.';
    render(<ReportForm researcherId="A5000000002" client={{ report: async () => { throw new ActionError(limited, 429); } }} />);
    fireEvent.input(screen.getByLabelText('What is wrong with this match?'), { target: { value: 'Different person.' } });
    fireEvent.submit(screen.getByRole('form'));
    expect((await screen.findByRole('alert')).textContent).toBe(`Too many reports for now: ${limited}`);
    expect((screen.getByLabelText('What is wrong with this match?') as HTMLTextAreaElement).value).toBe('Different person.');
  });
});
