import { useState } from 'preact/hooks';
import { LIMITS_ACTIONS, type Invitation } from '../../lib/api/actions';
import { actionFailure, type ActionsClient } from '../../lib/actions/client';

/** Counter text and whether the message is over the limit (the service refuses more than 500 characters). */
export function messageCounter(text: string, max: number = LIMITS_ACTIONS.message): { text: string; over: boolean } {
  const used = text.trim().length;
  return { text: `${used} / ${max}`, over: used > max };
}

export interface ConnectFormProps {
  researcherId: string;
  researcherName: string;
  /** DOI or arXiv id of the paper the reader came from. */
  paper: string;
  client: Pick<ActionsClient, 'invite'>;
  onSent?: (invitation: Invitation) => void;
}

/** A short plain-text invitation to a claimed researcher: message, the paper, the contact to share. */
export function ConnectForm({ researcherId, researcherName, paper: initialPaper, client, onSent }: ConnectFormProps) {
  const [message, setMessage] = useState('');
  const [paper, setPaper] = useState(initialPaper);
  const [contact, setContact] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const counter = messageCounter(message);

  if (sent) {
    return (
      <p class="result approved" role="status">
        Invitation sent to {researcherName}. You will see their contact here once they accept.
      </p>
    );
  }

  function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    client.invite(researcherId, { message, paper, contact }).then(
      ({ invitation }) => {
        setSent(invitation);
        onSent?.(invitation);
      },
      (e: unknown) => {
        setError(actionFailure(e));
        setBusy(false);
      },
    );
  }

  return (
    <form class="form" aria-label={`Invite ${researcherName}`} onSubmit={submit}>
      <label>
        Message (plain text)
        <textarea name="message" required maxLength={LIMITS_ACTIONS.message} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
      </label>
      <span class={counter.over ? 'counter over' : 'counter'} aria-live="polite">
        {counter.text}
      </span>
      <label>
        The paper it came from (DOI or arXiv id)
        <input type="text" name="paper" required maxLength={LIMITS_ACTIONS.paper} value={paper} onInput={(e) => setPaper(e.currentTarget.value)} />
      </label>
      <label>
        Your contact, shared only if they accept (e-mail or URL)
        <input type="text" name="contact" required maxLength={LIMITS_ACTIONS.contact} value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="action primary" disabled={busy || counter.over || message.trim() === ''}>
        {busy ? 'Sending…' : 'Send invitation'}
      </button>
    </form>
  );
}
