import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchResponse } from '../../lib/api/profile';
import { createSearchController, type SearchState } from './search-controller';
import { hintInWords } from './hint-words';
import type { RecentLookup } from './recent';

/** One choosable line: a search candidate or a recent look-up. */
interface Option {
  id: string;
  name: string;
  hint: string;
  trust: string | null;
}

export interface SearchBoxProps {
  search: (query: string, signal: AbortSignal) => Promise<SearchResponse>;
  recent: RecentLookup[];
  onChoose: (choice: RecentLookup) => void;
  delayMs?: number;
  /** Text to start with, searched at once (a card's "Search this name", or a selection looked up from the context menu). */
  initialQuery?: string;
}

/**
 * A combobox: type a name, an ORCID iD or an OpenAlex id/URL; suggestions follow after a pause in
 * typing (typing is never held up: the request runs beside it and a newer query aborts it). ↑/↓ move,
 * Enter chooses, Esc closes the list (a second Esc clears the box). With an empty box, the list offers
 * the recent look-ups.
 */
export function SearchBox({ search, recent, onChoose, delayMs, initialQuery }: SearchBoxProps) {
  const [text, setText] = useState(initialQuery ?? '');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [active, setActive] = useState(-1);
  const [listOpen, setListOpen] = useState(true);
  const ids = useId();
  const listId = `${ids}-list`;

  // The controller lives as long as the box; a new `search` prop each render must not reset it.
  const searchRef = useRef(search);
  searchRef.current = search;
  const controller = useMemo(
    () =>
      createSearchController({
        search: (q, signal) => searchRef.current(q, signal),
        // A new list starts with nothing active (set here, not in an effect, which would run late).
        onState: (next) => {
          setState(next);
          setActive(-1);
        },
        ...(delayMs === undefined ? {} : { delayMs }),
      }),
    [delayMs],
  );
  useEffect(() => () => controller.dispose(), [controller]);
  useEffect(() => {
    if (initialQuery) controller.input(initialQuery);
  }, [controller]);

  const showingRecent = state.status === 'idle' && text.trim() === '';
  const options: Option[] = showingRecent
    ? recent.map((r) => ({ id: r.id, name: r.name, hint: r.hint, trust: null }))
    : state.status === 'results'
      ? state.candidates.map((c) => ({
          id: c.id,
          name: c.name,
          hint: hintInWords(c.hint),
          trust: c.summary && c.summary.trust.score !== null ? `Trust ${c.summary.trust.score} · ${c.summary.trust.verification}` : null,
        }))
      : [];
  const expanded = listOpen && options.length > 0;

  function choose(option: Option) {
    onChoose({ id: option.id, name: option.name, hint: option.hint });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setListOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const n = options.length;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : n - 1) : (i + step + n) % n));
      return;
    }
    if (event.key === 'Enter') {
      const option = options[active];
      if (expanded && option) {
        event.preventDefault();
        choose(option);
      }
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) {
        setListOpen(false);
        setActive(-1);
      } else {
        setText('');
        setActive(-1);
        controller.input('');
      }
    }
  }

  return (
    <div class="search">
      <label for={`${ids}-input`} class="search-label">
        Look up a researcher
      </label>
      <input
        id={`${ids}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        placeholder="Name, ORCID iD or OpenAlex id"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${ids}-opt-${active}` : undefined}
        aria-describedby={`${ids}-status`}
        value={text}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          setListOpen(true);
          setActive(-1);
          controller.input(value);
        }}
        onKeyDown={onKeyDown}
      />
      {showingRecent && recent.length > 0 && <p class="list-title" id={`${ids}-recent`}>Recent look-ups</p>}
      <ul id={listId} role="listbox" aria-label={showingRecent ? 'Recent look-ups' : 'Suggestions'} class="options" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              key={o.id}
              id={`${ids}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'option active' : 'option'}
              // mousedown, not click: the input keeps focus and the list does not close first
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span class="option-name">{o.name}</span>
              {o.trust && <span class="option-trust">{o.trust}</span>}
              <span class="option-hint">{o.hint}</span>
            </li>
          ))}
      </ul>
      <SearchStatus id={`${ids}-status`} state={state} recentCount={recent.length} typed={text.trim() !== ''} />
    </div>
  );
}

function SearchStatus({ id, state, recentCount, typed }: { id: string; state: SearchState; recentCount: number; typed: boolean }) {
  const message = (() => {
    switch (state.status) {
      case 'idle':
        return typed ? 'Keep typing…' : recentCount === 0 ? 'Type a name (two letters or more), an ORCID iD or an OpenAlex id.' : '';
      case 'loading':
        return 'Searching…';
      case 'results':
        return `${state.candidates.length} ${state.candidates.length === 1 ? 'researcher' : 'researchers'} found`;
      case 'empty':
        return `No researcher matches “${state.query}”.${partialOrcid(state.query) ? ` ${ORCID_FORMAT}` : ''}`;
      case 'unreachable':
        return 'PeerLens service unreachable. Check that it is running, then try again.';
      case 'invalid':
        return state.message;
      case 'failed':
        return state.message;
    }
  })();
  const isProblem = state.status === 'unreachable' || state.status === 'invalid' || state.status === 'failed';
  return (
    <p id={id} class={isProblem ? 'search-status error' : 'search-status muted'} role={isProblem ? 'alert' : 'status'}>
      {message}
    </p>
  );
}

export const ORCID_FORMAT = 'An ORCID iD has 16 digits in four groups of four, like 0000-0002-1825-0097 (the last may be X).';

/** Digits and hyphens (perhaps after orcid.org/) that fall short of a whole iD: the reader is typing one. */
export function partialOrcid(query: string): boolean {
  const rest = query.trim().replace(/^(https?:\/\/)?(www\.)?orcid\.org\//i, '');
  const digits = rest.replace(/-/g, '');
  return /^[\d-]+[xX]?$/.test(rest) && digits.length >= 4 && digits.length < 16;
}
