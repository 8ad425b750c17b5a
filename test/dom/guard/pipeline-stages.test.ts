// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { VNode } from 'preact';
import { PANEL_SLOT } from '@/entrypoints/whatsapp.content/features/guard-panels';
import { guardState } from '@/entrypoints/whatsapp.content/features/guard-state';
import { attachmentStage } from '@/entrypoints/whatsapp.content/pipeline/attachment-stage';
import { readinessStage } from '@/entrypoints/whatsapp.content/pipeline/readiness-stage';
import type { Held } from '@/entrypoints/whatsapp.content/pipeline/send-pipeline';
import {
  createEnv,
  createLayers,
  createSession,
  type CadreEnv,
} from '@/entrypoints/whatsapp.content/session';
import type { Snapshot } from '@/lib/messaging';
import type { SendAttempt } from '@/lib/whatsapp/send-attempts';

// The pipeline's first stages against fixture markup: does Cadre know where it is, and
// are files on their way.

afterEach(() => {
  document.body.innerHTML = '';
});

const SNAPSHOT = {
  settings: { role: 'mentee', language: 'fr', vagueNudge: false, attachmentCheck: true },
  watchedChats: ['Camille'],
  watchList: [],
  allowList: [],
  schedule: null,
  holidays: [],
} as unknown as Snapshot;

function setup(text = 'Bonjour') {
  document.body.innerHTML = `<div id="main"><header><span dir="auto" title="Camille">Camille</span></header>
    <footer><div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true"><p>${text}</p></div></footer></div>`;
  const element = document.querySelector<HTMLElement>('[contenteditable]')!;
  const ctx = { onInvalidated: () => undefined } as unknown as ContentScriptContext;
  const env: CadreEnv = createEnv(ctx, window, createSession(), createLayers());
  const composer = { kind: 'main' as const, element };
  env.session.set({ snapshot: SNAPSHOT, chat: 'Camille', composer, protection: 'active' });
  const attempt: SendAttempt = { composer, via: 'enter', button: null };
  const held: Held = { proceed: vi.fn(), sendNow: vi.fn(), retry: vi.fn() };
  const guard = guardState(env.session);
  return { env, attempt, held, guard, stage: readinessStage(env, guard) };
}

const panelReason = (env: CadreEnv) =>
  (env.layers.get().slots[PANEL_SLOT] as VNode<{ reason: string }> | undefined)?.props.reason;

describe('readiness', () => {
  it('lets a watched chat go on to the checks, and an unwatched one through untouched', () => {
    const { env, attempt, held, stage } = setup();
    expect(stage.decide(attempt, held)).toBe('next');
    env.session.set({ protection: 'unwatched' });
    expect(stage.decide(attempt, held)).toBe('send');
  });

  it('an empty composer sends nothing: nothing to check or wait for', () => {
    const { env, attempt, held, stage } = setup('');
    env.session.set({ snapshot: null, protection: 'starting' });
    expect(stage.decide(attempt, held)).toBe('send');
  });

  it('holds while a guard panel is open', () => {
    const { attempt, held, guard, stage } = setup();
    guard.busy = true;
    expect(stage.decide(attempt, held)).toBe('hold');
    guard.busy = false;
  });

  it('before the settings arrive: holds, says it is checking, and asks again once they do', async () => {
    const { env, attempt, held, stage } = setup();
    env.session.set({ snapshot: null, protection: 'starting' });
    expect(stage.decide(attempt, held)).toBe('hold');
    expect(panelReason(env)).toBe('checking');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(held.retry).not.toHaveBeenCalled();
    env.session.set({ snapshot: SNAPSHOT, protection: 'active' });
    await vi.waitFor(() => expect(held.retry).toHaveBeenCalledOnce());
    expect(panelReason(env)).toBeUndefined();
  });

  it('during a chat switch (the title on screen is not the chat Cadre knows): holds', () => {
    const { env, attempt, held, stage } = setup();
    env.session.set({ chat: 'Lucas Martin' });
    expect(stage.decide(attempt, held)).toBe('hold');
    expect(panelReason(env)).toBe('checking');
  });
});

describe('attachments', () => {
  it('holds a caption while files are checked or unanswered, any send while unseen', () => {
    const { attempt, held, guard } = setup();
    const stage = attachmentStage(guard);
    const caption: SendAttempt = { ...attempt, composer: { ...attempt.composer, kind: 'caption' } };
    expect(stage.decide(caption, held)).toBe('next');

    guard.files = { status: 'warn', held: null };
    expect(stage.decide(attempt, held)).toBe('next');
    expect(stage.decide(caption, held)).toBe('hold');
    expect(guard.files.held).toBe(held);

    guard.files = { status: 'unseen', held: null };
    expect(stage.decide(attempt, held)).toBe('hold');

    guard.files = { status: 'clear', held: null };
    expect(stage.decide(caption, held)).toBe('next');
    guard.files = null;
  });
});
