import { useState } from 'preact/hooks';
import { LIMITS_ACTIONS } from '../../lib/api/actions';
import { ActionError } from '../../lib/actions/service-call';
import { actionFailure, type ActionsClient } from '../../lib/actions/client';

/** "Not me?": any reader reports a wrong or doubtful match; the service keeps it and limits how often. */
export interface ReportFormProps {
  researcherId: string;
  researcherName?: string | undefined;
  paper?: string | undefined;
  /** The name the page showed, when this candidate was offered for it on an ambiguous card. */
  pageName?: string | undefined;
  client: Pick<ActionsClient, 'report'>;
}

/**
 * The reason a report from an ambiguous card starts with: which name, on which paper, is not this candidate.
 * The report stays about one researcher record (the service's contract), the name and paper say where.
 */
export function ambiguousReportReason(pageName: string, researcherName: string | undefined, paper: string | undefined): string {
  return `“${pageName}”${paper ? ` on ${paper}` : ''} is not ${researcherName ?? 'this researcher'}, though PeerLens listed them as a possible match.`;
}

export function ReportForm({ researcherId, researcherName, paper, pageName, client }: ReportFormProps) {
  const [reason, setReason] = useState(pageName ? ambiguousReportReason(pageName, researcherName, paper) : '');
  const [state, setState] = useState<'editing' | 'sending' | 'sent'>('editing');
  const [error, setError] = useState<string | null>(null);
  if (state === 'sent') return <p class="result approved" role="status">Thank you: the report was received and will be reviewed.</p>;
  return (
    <form
      class="form"
      aria-label="Report a wrong match"
      onSubmit={(event) => {
        event.preventDefault();
        setState('sending');
        setError(null);
        client.report({ researcherId, reason, ...(paper ? { paper } : {}) }).then(
          () => setState('sent'),
          (e: unknown) => {
            const limited = e instanceof ActionError && e.status === 429;
            setError(limited ? `Too many reports for now: ${actionFailure(e)}` : actionFailure(e));
            setState('editing');
          },
        );
      }}
    >
      <label>
        What is wrong with this match?
        <textarea name="reason" required maxLength={LIMITS_ACTIONS.reportReason} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="action" disabled={state === 'sending' || reason.trim() === ''}>
        Send report
      </button>
    </form>
  );
}
