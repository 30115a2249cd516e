import { useEffect, useState } from 'preact/hooks';
import type { Invitation, InvitationsResponse } from '../../lib/api/actions';
import { actionFailure, type ActionsClient } from '../../lib/actions/client';

type InboxClient = Pick<ActionsClient, 'invitations' | 'accept' | 'decline' | 'block'>;

/** Invitations received (accept with a contact to share, decline, block the sender) and sent. */
export function InboxTab({ client, signedIn, onRead }: { client: InboxClient; signedIn: boolean; onRead?: () => void }) {
  const [inbox, setInbox] = useState<InvitationsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Listing the inbox marks it read on the service: the tab's count is refreshed after.
  const load = () => client.invitations().then((inbox) => (setInbox(inbox), onRead?.()), (e: unknown) => setError(actionFailure(e)));
  useEffect(() => {
    if (signedIn) void load();
  }, [signedIn]);

  if (!signedIn) return <p class="muted">Sign in with ORCID to receive and send invitations.</p>;
  return (
    <section aria-label="Inbox">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!inbox && !error && <p class="muted">Loading…</p>}
      {inbox && (
        <>
          <h2>Received</h2>
          {inbox.received.length === 0 && <p class="muted">No invitations yet.</p>}
          <ul class="items">
            {inbox.received.map((inv) => (
              <Received key={inv.id} invitation={inv} client={client} onChanged={() => void load()} />
            ))}
          </ul>
          <h2>Sent</h2>
          {inbox.sent.length === 0 && <p class="muted">You have not invited anyone.</p>}
          <ul class="items">
            {inbox.sent.map((inv) => (
              <li key={inv.id} data-invitation-status={inv.status}>
                To <strong>{inv.to.name ?? inv.to.orcid}</strong> · {inv.status}
                <p class="line">{inv.message}</p>
                <Contacts invitation={inv} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Received({ invitation: inv, client, onChanged }: { invitation: Invitation; client: InboxClient; onChanged: () => void }) {
  const [contact, setContact] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = (p: Promise<unknown>) => p.then(onChanged, (e: unknown) => setError(actionFailure(e)));
  return (
    <li data-invitation-status={inv.status}>
      From <strong>{inv.from.name ?? inv.from.orcid}</strong> <span class="muted">({inv.from.orcid})</span> · {inv.status}
      <p class="line">{inv.message}</p>
      {inv.paper && <p class="muted small">About {inv.paper}</p>}
      <Contacts invitation={inv} />
      {inv.status === 'pending' && (
        <form
          class="form"
          aria-label={`Answer ${inv.from.name ?? inv.from.orcid}`}
          onSubmit={(e) => {
            e.preventDefault();
            void run(client.accept(inv.id, { contact }));
          }}
        >
          <label>
            Contact to share if you accept
            <input type="text" name="contact" required maxLength={200} value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
          </label>
          <div class="actions-row">
            <button type="submit" class="action primary">
              Accept
            </button>
            <button type="button" class="action" onClick={() => void run(client.decline(inv.id))}>
              Decline
            </button>
            <button type="button" class="linkish" onClick={() => void run(client.block(inv.from.userId))}>
              Block sender
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function Contacts({ invitation }: { invitation: Invitation }) {
  if (!invitation.contacts) return null;
  return (
    <p class="note" data-contacts>
      Contacts — {invitation.from.name ?? 'sender'}: {invitation.contacts.sender} · {invitation.to.name ?? 'recipient'}: {invitation.contacts.recipient}
    </p>
  );
}
