import { createAnalyzer, type Analysis, type Finding, type SignalType } from '@/lib/detect';
import { foldKey } from '@/lib/text/fold-key';
import type { Store } from '@/lib/store';
import type { Held } from '../pipeline/send-pipeline';
import type { SessionState } from '../session';

// What the guard's features share for one page: one analyzer (cached per sentence, rebuilt
// when the watch- or allow-list changes), the findings the user chose to ignore for the
// message being written, whether a guard panel is on screen, and the files on their way.

export interface ComposerAnalysis {
  text: string;
  findings: Finding[];
  signals: SignalType[];
}

export interface GuardState {
  analyze(text: string): ComposerAnalysis;
  /** Not flagged again in this message ("Ignore once"). */
  ignoreOnce(finding: Pick<Finding, 'type' | 'text'>): void;
  /** A new message begins: forget what was ignored in the previous one. */
  resetIgnored(): void;
  /** Set while a guard panel holds a send, so a second attempt does not open another. */
  busy: boolean;
  /** Files that came in, until their preview closes; null when none. */
  files: PendingFiles | null;
  /** Listeners told when an ignore or a list change alters what is flagged. */
  onChange(listener: () => void): () => void;
}

/**
 * Files on their way: 'checking' while Cadre reads them, 'warn' while its warning is
 * unanswered, 'unseen' while Cadre cannot find their preview and waits for the person to
 * confirm, 'clear' once they may go (their caption is still checked like any message).
 */
export interface PendingFiles {
  status: 'checking' | 'warn' | 'unseen' | 'clear';
  /** A send held until the files are answered for, resumed by the attachment guard. */
  held: Held | null;
}

const states = new WeakMap<Store<SessionState>, GuardState>();

export function guardState(session: Store<SessionState>): GuardState {
  let state = states.get(session);
  if (!state) {
    state = createGuardState(session);
    states.set(session, state);
  }
  return state;
}

function keyOf(finding: Pick<Finding, 'type' | 'text'>) {
  return `${finding.type}:${foldKey(finding.text)}`;
}

function createGuardState(session: Store<SessionState>): GuardState {
  let lists = '';
  let analyzer: { analyze(text: string): Analysis } | null = null;
  const ignored = new Set<string>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  const currentAnalyzer = () => {
    const snapshot = session.get().snapshot;
    const watchList = snapshot?.watchList ?? [];
    const allowList = snapshot?.allowList ?? [];
    const key = JSON.stringify([watchList, allowList]);
    if (!analyzer || key !== lists) {
      lists = key;
      analyzer = createAnalyzer({ watchList, allowList });
    }
    return analyzer;
  };

  let lastSnapshot = session.get().snapshot;
  session.subscribe(({ snapshot }) => {
    if (snapshot === lastSnapshot) return;
    lastSnapshot = snapshot;
    changed();
  });

  return {
    analyze(text) {
      const analysis = currentAnalyzer().analyze(text);
      const findings = ignored.size
        ? analysis.findings.filter((finding) => !ignored.has(keyOf(finding)))
        : analysis.findings;
      return { text, findings, signals: analysis.signals };
    },
    ignoreOnce(finding) {
      ignored.add(keyOf(finding));
      changed();
    },
    resetIgnored() {
      if (!ignored.size) return;
      ignored.clear();
      changed();
    },
    busy: false,
    files: null,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
