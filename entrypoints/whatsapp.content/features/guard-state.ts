import {
  conversationSignals,
  createAnalyzer,
  type Analyzer,
  type DistressCategory,
  type Finding,
  type SentMessage,
  type SignalType,
} from '@/lib/detect';
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
  /** With DISTRESS: its categories, for the help the panel offers. */
  distress: DistressCategory[];
  crisisNow: boolean;
}

export interface GuardState {
  /**
   * The draft at this moment (deadlines are read against the clock). With the messages
   * the user just sent in this chat, a distress told over several of them is heard too.
   */
  analyze(text: string, recent?: readonly SentMessage[]): ComposerAnalysis;
  /** What to highlight while the person types: findings only (signals are read at send). */
  findings(text: string): Finding[];
  /** Not flagged again in this message ("Ignore once"). */
  ignoreOnce(finding: Pick<Finding, 'type' | 'text'>): void;
  /** A new message begins: forget what was ignored in the previous one. */
  resetIgnored(): void;
  /** Not flagged again in the open chat while the page lives; never stored. */
  ignoreInChat(finding: Pick<Finding, 'type' | 'text'>): void;
  /** Set while a guard panel holds a send, so a second attempt does not open another. */
  busy: boolean;
  /** Files that came in, until their preview closes; null when none. */
  files: PendingFiles | null;
  /**
   * A media preview is open and no files were seen coming: they came a way Cadre does not
   * hear. Set by the attachment guard while it runs; starts the same wait as files whose
   * preview Cadre cannot see, and returns it.
   */
  previewWithoutFiles: (() => PendingFiles) | null;
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
  let analyzer: Analyzer | null = null;
  const ignored = new Set<string>();
  /** Chat and finding keys, in memory only: an identifier's digits never reach the database. */
  const ignoredInChat = new Set<string>();
  const chatKey = (finding: Pick<Finding, 'type' | 'text'>) =>
    `${foldKey(session.get().chat ?? '')}\n${keyOf(finding)}`;
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

  const notIgnored = (findings: Finding[]) =>
    ignored.size || ignoredInChat.size
      ? findings.filter(
          (finding) => !ignored.has(keyOf(finding)) && !ignoredInChat.has(chatKey(finding)),
        )
      : findings;

  return {
    analyze(text, recent) {
      const now = Date.now();
      const analysis = currentAnalyzer().analyze(text, now);
      const { signals, distress, crisisNow } = recent?.length
        ? conversationSignals(recent, text, now)
        : analysis;
      return { text, findings: notIgnored(analysis.findings), signals, distress, crisisNow };
    },
    findings: (text) => notIgnored(currentAnalyzer().findings(text)),
    ignoreOnce(finding) {
      ignored.add(keyOf(finding));
      changed();
    },
    ignoreInChat(finding) {
      ignoredInChat.add(chatKey(finding));
      changed();
    },
    resetIgnored() {
      if (!ignored.size) return;
      ignored.clear();
      changed();
    },
    busy: false,
    files: null,
    previewWithoutFiles: null,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
