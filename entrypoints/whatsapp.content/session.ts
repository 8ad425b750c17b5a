import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComponentChild } from 'preact';
import { resolveLang, translator, type Lang, type Translate } from '@/lib/i18n';
import type { ProtectionState, Snapshot } from '@/lib/messaging/protocol';
import { createStore, type Store } from '@/lib/store';
import type { Composer } from '@/lib/whatsapp/composer';

/** What every content-script feature sees of the page and of Cadre's settings. */
export interface SessionState {
  snapshot: Snapshot | null;
  lang: Lang;
  protection: ProtectionState;
  /** The open chat's title, null when no chat is open. */
  chat: string | null;
  /** Whether the open chat is one of the mentoring chats the user asked Cadre to watch. */
  watched: boolean;
  composer: Composer | null;
  /** Findings in the composer now, shown by the chip. */
  findingCount: number;
  /** Set once the extension was reloaded under this page. */
  reloadNeeded: boolean;
  /** Panels and cards features put on screen, by slot name, drawn by the overlay. */
  layers: Record<string, ComponentChild>;
}

export interface CadreEnv {
  ctx: ContentScriptContext;
  win: Window;
  doc: Document;
  session: Store<SessionState>;
  t: () => Translate;
  /** Shows a panel or card in the overlay, replacing what that slot held. */
  show(slot: string, node: ComponentChild): void;
  hide(slot: string): void;
}

export function createSession(): Store<SessionState> {
  return createStore<SessionState>({
    snapshot: null,
    lang: resolveLang('auto', navigator.language),
    protection: 'starting',
    chat: null,
    watched: false,
    composer: null,
    findingCount: 0,
    reloadNeeded: false,
    layers: {},
  });
}

export function createEnv(
  ctx: ContentScriptContext,
  win: Window,
  session: Store<SessionState>,
): CadreEnv {
  return {
    ctx,
    win,
    doc: win.document,
    session,
    t: () => translator(session.get().lang),
    show: (slot, node) => session.set((s) => ({ layers: { ...s.layers, [slot]: node } })),
    hide: (slot) =>
      session.set((s) => {
        if (!(slot in s.layers)) return {};
        const layers = { ...s.layers };
        delete layers[slot];
        return { layers };
      }),
  };
}
