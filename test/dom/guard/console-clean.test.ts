// @vitest-environment happy-dom
import type { VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { logDecision } from '@/entrypoints/whatsapp.content/features/guard-journal';
import { guardState } from '@/entrypoints/whatsapp.content/features/guard-state';
import { shareAvailability } from '@/entrypoints/whatsapp.content/features/share-availability';
import { sync } from '@/entrypoints/whatsapp.content/features/sync';
import {
  createEnv,
  createLayers,
  createSession,
  type Layers,
} from '@/entrypoints/whatsapp.content/session';
import { DEFAULT_SETTINGS } from '@/lib/db/records';
import type { Snapshot } from '@/lib/messaging';

// No console line may carry what the user wrote or what Cadre found in it: a console is
// read by support, by extensions, by whoever borrows the computer.

const DRAFT = 'Claire Martin, IBAN FR76 3000 6000 0112 3456 7890 189, claire.martin@example.fr';
const SECRETS = ['Claire', 'Martin', 'FR76', '3000 6000', 'example.fr', '7890'];

const printed: string[] = [];
const cleanups: (() => void)[] = [];

function describeArgument(value: unknown): string {
  if (value instanceof Error) return `${value.name} ${value.message} ${value.stack ?? ''}`;
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(describeArgument).join(' '));
    });
  }
  // The worst background: every answer is an error quoting the message it was sent.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    throw new Error(`refused: ${JSON.stringify(message)} ${DRAFT}`);
  });
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
  printed.length = 0;
  document.body.innerHTML = '';
});

const layersOf = new WeakMap<object, { get(): Layers }>();

function start(feature: { setup(env: ReturnType<typeof createEnv>): void }) {
  const ctx = {
    onInvalidated: (fn: () => void) => cleanups.push(fn),
    setInterval: (fn: () => void, ms: number) => {
      const id = window.setInterval(fn, ms);
      cleanups.push(() => window.clearInterval(id));
      return id;
    },
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, fn: EventListener) =>
      target.addEventListener(type, fn),
    requestAnimationFrame: (fn: FrameRequestCallback) => window.requestAnimationFrame(fn),
  } as unknown as ContentScriptContext;
  const session = createSession();
  const layers = createLayers();
  layersOf.set(session, layers);
  feature.setup(createEnv(ctx, window, session, layers));
  return session;
}

function snapshot(): Snapshot {
  return {
    settings: { ...DEFAULT_SETTINGS, role: 'mentor', onboarded: true },
    watchedChats: ['Camille'],
    watchList: ['Claire Martin'],
    allowList: [],
    schedule: null,
    holidays: [],
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

function expectNothingPrinted() {
  const everything = printed.join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
}

describe('the console stays clean', () => {
  it('when the availability message cannot be written over a draft', async () => {
    document.body.innerHTML = `<div id="main"><footer><div contenteditable="true" role="textbox">${DRAFT}</div></footer></div>`;
    const element = document.querySelector<HTMLElement>('[role="textbox"]')!;
    // No Lexical here and happy-dom has no execCommand: every write path fails.
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const session = start(shareAvailability);
    session.set({
      snapshot: snapshot(),
      protection: 'active',
      chat: 'Camille',
      composer: { element, kind: 'main' } as never,
    });
    type Item = VNode<{ children: VNode<{ onShare(): void }> }>;
    const stack = layersOf.get(session)!.get().slots['window-stack'] as VNode<{ children: Item[] }>;
    const button = stack.props.children.find((child) => child.key === 'window-share');
    button!.props.children.props.onShare();
    await vi.waitFor(
      () => expect(printed.join('\n')).toContain('could not write the availability message'),
      { timeout: 5_000 },
    );
    // The write did fail, and it was said: only not with the draft in it.
    expect(printed.join('\n')).toContain('could not write the availability message');
    expectNothingPrinted();
  });

  it('when the settings cannot be read', async () => {
    start(sync);
    await settle();
    expect(printed.join('\n')).toContain('could not read settings');
    expectNothingPrinted();
  });

  it('when the journal cannot be written after a risky message', async () => {
    const session = createSession();
    session.set({ snapshot: snapshot(), protection: 'active', chat: 'Camille' });
    const analysis = guardState(session).analyze(DRAFT);
    expect(analysis.findings.length).toBeGreaterThan(1);
    logDecision(session.get(), 'sent-anyway', analysis);
    await settle();
    expect(printed.join('\n')).toContain('could not write the journal');
    expectNothingPrinted();
  });
});
