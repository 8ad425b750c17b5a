import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComponentChild } from 'preact';
import { resolveLang, translator, type Lang, type Translate } from '@/lib/i18n';
import type { ProtectionState, Snapshot } from '@/lib/messaging/protocol';
import { createStore, type Store } from '@/lib/store';
import { unknownCapabilities, type Capabilities } from '@/lib/whatsapp/capabilities';
import type { Composer } from '@/lib/whatsapp/composer';
import type { TestFaults } from './test-faults';

/** Facts every content-script feature sees of the page and of Cadre's settings. */
export interface SessionState {
  /** Cadre's settings and lists; null until the background answered. */
  snapshot: Snapshot | null;
  lang: Lang;
  protection: ProtectionState;
  /** What Cadre recognises of WhatsApp's page, part by part. */
  capabilities: Capabilities;
  /** The open chat's title, null when no chat is open. */
  chat: string | null;
  /** Whether the open chat is one of the mentoring chats the user asked Cadre to watch. */
  watched: boolean;
  composer: Composer | null;
  /** Findings in the composer now, shown by the chip. */
  findingCount: number;
  /** Set once the extension was reloaded under this page. */
  reloadNeeded: boolean;
}

/** What is drawn: panels and cards features put on screen, by slot name. */
export interface Layers {
  slots: Record<string, ComponentChild>;
}

export interface CadreEnv {
  ctx: ContentScriptContext;
  win: Window;
  doc: Document;
  session: Store<SessionState>;
  /** The layer registry the overlay draws; kept apart from the facts. */
  layers: Store<Layers>;
  t: () => Translate;
  /** Shows a panel or card in the overlay, replacing what that slot held. */
  show(slot: string, node: ComponentChild): void;
  hide(slot: string): void;
  /** Aborted when the feature stops: its `when` no longer holds, or Cadre was reloaded. */
  signal: AbortSignal;
  /** Faults end-to-end tests ask for (see test-faults.ts); empty for every user. */
  faults: TestFaults;
}

export function createSession(): Store<SessionState> {
  return createStore<SessionState>({
    snapshot: null,
    lang: resolveLang('auto', navigator.language),
    protection: 'starting',
    capabilities: unknownCapabilities(),
    chat: null,
    watched: false,
    composer: null,
    findingCount: 0,
    reloadNeeded: false,
  });
}

export function createLayers(): Store<Layers> {
  return createStore<Layers>({ slots: {} });
}

export function createEnv(
  ctx: ContentScriptContext,
  win: Window,
  session: Store<SessionState>,
  layers: Store<Layers>,
  faults: TestFaults = {},
): CadreEnv {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  return {
    ctx,
    win,
    doc: win.document,
    session,
    layers,
    t: () => translator(session.get().lang),
    show: (slot, node) => layers.set(({ slots }) => ({ slots: { ...slots, [slot]: node } })),
    hide: (slot) => {
      if (!(slot in layers.get().slots)) return;
      layers.set(({ slots }) => {
        const next = { ...slots };
        delete next[slot];
        return { slots: next };
      });
    },
    signal: controller.signal,
    faults,
  };
}
