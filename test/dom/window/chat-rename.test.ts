// @vitest-environment happy-dom
import type { VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chatRename } from '@/entrypoints/whatsapp.content/features/chat-rename';
import {
  createEnv,
  createLayers,
  createSession,
  type Layers,
} from '@/entrypoints/whatsapp.content/session';
import { foldKey } from '@/lib/text/fold-key';

const cleanups: (() => void)[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const layersOf = new WeakMap<object, { get(): Layers }>();

function start() {
  const ctx = {
    onInvalidated: (fn: () => void) => cleanups.push(fn),
  } as unknown as ContentScriptContext;
  const session = createSession();
  session.set({ lang: 'fr' });
  const layers = createLayers();
  layersOf.set(session, layers);
  chatRename.setup(createEnv(ctx, window, session, layers));
  return session;
}

type Props = { from: string; to: string; onKeep(): void; onDismiss(): void };
function question(session: ReturnType<typeof createSession>): Props | undefined {
  type Item = VNode<{ children: VNode<Props> }>;
  const stack = layersOf.get(session)!.get().slots['window-stack'] as
    VNode<{ children: Item[] }> | undefined;
  return stack?.props.children.find((child) => child.key === 'chat-renamed')?.props.children.props;
}

/** WhatsApp's footer composer as the protection feature reports it; a new one per chat opened. */
const openConversation = () => ({ element: document.createElement('div'), kind: 'main' }) as never;

describe('a watched chat renamed while open', () => {
  it('asks whether to keep watching it under the new name, and renames on yes', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true, value: { ok: true } });
    });
    const composer = openConversation();
    const session = start();
    session.set({ chat: 'Camille — mentorat', watched: true, composer });
    session.set({ chat: 'Camille R. — mentorat', watched: false, composer });
    expect(question(session)).toMatchObject({
      from: 'Camille — mentorat',
      to: 'Camille R. — mentorat',
    });
    question(session)!.onKeep();
    expect(question(session)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([
      { type: 'chat.rename', from: 'Camille — mentorat', to: 'Camille R. — mentorat' },
    ]);
  });

  it('does not ask when another chat is opened, nor for a chat that was not watched', () => {
    const session = start();
    session.set({ chat: 'Camille — mentorat', watched: true, composer: openConversation() });
    // WhatsApp draws a new footer for another chat.
    const other = openConversation();
    session.set({ chat: 'Famille', watched: false, composer: other });
    expect(question(session)).toBeUndefined();
    session.set({ chat: 'Famille (2)', watched: false, composer: other });
    expect(question(session)).toBeUndefined();
  });

  it('still asks after WhatsApp re-rendered the same chat’s footer', () => {
    const session = start();
    session.set({ chat: 'A', watched: true, composer: openConversation() });
    const redrawn = openConversation();
    session.set({ chat: 'A', watched: true, composer: redrawn });
    session.set({ chat: 'B', watched: false, composer: redrawn });
    expect(question(session)).toMatchObject({ from: 'A', to: 'B' });
  });

  it('goes away when the user says no, or watches the chat again another way', () => {
    const composer = openConversation();
    const session = start();
    session.set({ chat: 'A', watched: true, composer });
    session.set({ chat: 'B', watched: false, composer });
    question(session)!.onDismiss();
    expect(question(session)).toBeUndefined();
    session.set({ chat: 'A', watched: true });
    session.set({ chat: 'C', watched: false });
    expect(question(session)).toBeDefined();
    session.set({ chat: 'C', watched: true });
    expect(question(session)).toBeUndefined();
  });
});

describe('watched titles are compared without invisible format characters', () => {
  it.each([
    ['\u202aCamille — mentorat\u202c', 'Camille — mentorat'],
    ['\u2068Camille\u2069 — mentorat', 'camille — MENTORAT'],
    ['Camille\u200b — mentorat\u200e', 'Camille — mentorat'],
  ])('%j matches %j', (shown, stored) => {
    expect(foldKey(shown)).toBe(foldKey(stored));
  });
});
