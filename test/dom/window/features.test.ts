// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applySharedAvailability } from '@/entrypoints/whatsapp.content/features/apply-shared-availability';
import { windowChip } from '@/entrypoints/whatsapp.content/features/window-chip';
import {
  createEnv,
  createLayers,
  createSession,
  type Layers,
} from '@/entrypoints/whatsapp.content/session';
import type { Snapshot } from '@/lib/messaging';
import { DEFAULT_SCHEDULE, shareTag, type Schedule } from '@/lib/schedule';

// The response window's content-script features against fixture markup and a session.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
});

function start(feature: { setup(env: ReturnType<typeof createEnv>): void }) {
  const ctx = {
    onInvalidated: (fn: () => void) => cleanups.push(fn),
    setInterval: (fn: () => void, ms: number) => {
      const id = window.setInterval(fn, ms);
      cleanups.push(() => window.clearInterval(id));
      return id;
    },
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: unknown) =>
      target.addEventListener(type, fn, options as AddEventListenerOptions),
    requestAnimationFrame: (fn: FrameRequestCallback) => window.requestAnimationFrame(fn),
  } as unknown as ContentScriptContext;
  const session = createSession();
  const layers = createLayers();
  layersOf.set(session, layers);
  feature.setup(createEnv(ctx, window, session, layers));
  return session;
}

const layersOf = new WeakMap<object, { get(): Layers }>();
/** What the feature drew, by slot. */
const slots = (session: object) => layersOf.get(session)!.get().slots;

function snapshot(role: 'mentor' | 'mentee' | null, schedule: Schedule | null = null): Snapshot {
  return {
    settings: {
      role,
      language: 'fr',
      vagueNudge: true,
      attachmentCheck: true,
      helpCountry: 'auto',
      onboarded: true,
      sharesFromAnyone: false,
    },
    watchedChats: ['Camille'],
    watchList: [],
    allowList: [],
    schedule,
    holidays: [],
  };
}

const frame = () => new Promise((resolve) => setTimeout(resolve, 40));

describe('the chip’s response window', () => {
  it('shows the state in watched chats and goes away when the chat is no longer watched', () => {
    const session = start(windowChip);
    session.set({ snapshot: snapshot('mentee'), watched: true, protection: 'active' });
    const detail = slots(session)['chip-detail'] as VNode<{ state: string }>;
    expect(['open', 'closed', 'holiday']).toContain(detail.props.state);
    // Hiding re-enters the feature through the session: it must settle, not recurse.
    session.set({ watched: false, protection: 'unwatched' });
    expect(slots(session)).not.toHaveProperty('chip-detail');
  });
});

describe('a shared availability in the chat', () => {
  const SHORT: Schedule = {
    ...DEFAULT_SCHEDULE,
    week: { ...DEFAULT_SCHEDULE.week, fri: [{ start: '08:00', end: '12:00' }] },
  };
  const conversation = (text: string) => {
    document.body.innerHTML = `<div id="main"><div class="message-in">
      <div class="copyable-text" data-pre-plain-text="[10:00, 02/12/2026] Camille: ">
        <span class="selectable-text copyable-text" dir="ltr"><span>${text}</span></span>
      </div></div></div>`;
  };
  /** The kind of card the shared-availability feature put in the window stack, if any. */
  const card = (session: ReturnType<typeof createSession>) => {
    type Item = VNode<{ children: VNode<{ card: { kind: string } }> }>;
    const stack = slots(session)['window-stack'] as VNode<{ children: Item[] }> | undefined;
    const item = stack?.props.children.find((child) => child.key === 'window-shared');
    return item?.props.children.props.card.kind;
  };
  const tag = shareTag(SHORT, new Date('2026-12-02T09:00:00Z'));

  it('offers the mentee to apply it', async () => {
    conversation(`Mes disponibilités\n${tag}`);
    const session = start(applySharedAvailability);
    session.set({ snapshot: snapshot('mentee'), protection: 'active', chat: 'Camille' });
    await frame();
    expect(card(session)).toBe('offer');
  });

  it('shows a tampered tag as refused', async () => {
    conversation(tag.replace(/(\[cadre:v1:)./, '$1Z'));
    const session = start(applySharedAvailability);
    session.set({ snapshot: snapshot(null), protection: 'active', chat: 'Camille' });
    await frame();
    expect(card(session)).toBe('refused');
  });

  it('stays quiet when the mentee already has it, and for the mentor', async () => {
    conversation(tag);
    const mentee = start(applySharedAvailability);
    mentee.set({ snapshot: snapshot('mentee', SHORT), protection: 'active', chat: 'Camille' });
    const mentor = start(applySharedAvailability);
    mentor.set({ snapshot: snapshot('mentor'), protection: 'active', chat: 'Camille' });
    await frame();
    expect(card(mentee)).toBeUndefined();
    expect(card(mentor)).toBeUndefined();
  });
});

describe('who may share availability', () => {
  const tag = shareTag(
    { ...DEFAULT_SCHEDULE, week: { ...DEFAULT_SCHEDULE.week, fri: [] } },
    new Date('2026-12-02T09:00:00Z'),
  );
  const conversationFrom = (author: string) => {
    document.body.innerHTML = `<div id="main"><div class="message-in">
      <div class="copyable-text" data-pre-plain-text="[10:00, 02/12/2026] ${author}: ">
        <span class="selectable-text copyable-text" dir="ltr"><span>${tag}</span></span>
      </div></div></div>`;
  };
  type Card = { kind: string; reason?: string; from?: string };
  const card = (session: ReturnType<typeof createSession>): Card | undefined => {
    type Item = VNode<{ children: VNode<{ card: Card }> }>;
    const stack = slots(session)['window-stack'] as VNode<{ children: Item[] }> | undefined;
    const item = stack?.props.children.find((child) => child.key === 'window-shared');
    return item?.props.children.props.card;
  };

  it('offers a tag from the person the chat is with, saying who sent it and when', async () => {
    conversationFrom('\u202aCamille\u202c');
    const session = start(applySharedAvailability);
    session.set({
      snapshot: snapshot('mentee'),
      protection: 'active',
      chat: 'Camille',
      lang: 'fr',
    });
    await frame();
    expect(card(session)?.kind).toBe('offer');
    expect(card(session)?.from).toMatch(/^Envoyé par Camille \(10:00, 02\/12\/2026\), partagé le /);
  });

  it('refuses a tag posted by a group member, and says why', async () => {
    conversationFrom('Lucas');
    const session = start(applySharedAvailability);
    session.set({
      snapshot: snapshot('mentee'),
      protection: 'active',
      chat: 'Projet Acme',
      lang: 'fr',
    });
    await frame();
    expect(card(session)).toEqual({
      kind: 'refused',
      reason:
        'Disponibilités partagées non appliquées : elles ne viennent pas de la personne avec qui vous échangez dans cette conversation à deux.',
    });
  });

  it('accepts it from anyone when the user chose so', async () => {
    conversationFrom('Lucas');
    const session = start(applySharedAvailability);
    const base = snapshot('mentee');
    session.set({
      snapshot: { ...base, settings: { ...base.settings, sharesFromAnyone: true } },
      protection: 'active',
      chat: 'Projet Acme',
    });
    await frame();
    expect(card(session)?.kind).toBe('offer');
  });
});
