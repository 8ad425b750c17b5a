// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Feature } from '@/entrypoints/whatsapp.content/features/feature';
import { runFeatures } from '@/entrypoints/whatsapp.content/features/run-features';
import { createLayers, createSession, type CadreEnv } from '@/entrypoints/whatsapp.content/session';

function fakeEnv(): { env: CadreEnv; invalidate(): void } {
  const controller = new AbortController();
  const session = createSession();
  const env = {
    session,
    layers: createLayers(),
    signal: controller.signal,
  } as unknown as CadreEnv;
  return { env, invalidate: () => controller.abort() };
}

describe('features declare when they run', () => {
  it('starts a feature each time its condition holds and aborts it when it stops', () => {
    const { env, invalidate } = fakeEnv();
    const signals: AbortSignal[] = [];
    const watchedOnly: Feature = {
      name: 'watched-only',
      when: (state) => state.protection === 'active',
      setup: ({ signal }) => void signals.push(signal),
    };
    runFeatures(env, [watchedOnly]);
    expect(signals).toHaveLength(0);

    env.session.set({ protection: 'active' });
    env.session.set({ findingCount: 2 }); // still active: not started twice
    expect(signals).toHaveLength(1);
    expect(signals[0].aborted).toBe(false);

    env.session.set({ protection: 'unwatched' });
    expect(signals[0].aborted).toBe(true);

    env.session.set({ protection: 'active' });
    expect(signals).toHaveLength(2);
    invalidate();
    expect(signals[1].aborted).toBe(true);
  });

  it('one feature failing to start leaves the others running', () => {
    const { env } = fakeEnv();
    const started: string[] = [];
    const original = console.error;
    console.error = () => undefined;
    try {
      runFeatures(env, [
        {
          name: 'broken',
          setup: () => {
            throw new Error('boom');
          },
        },
        { name: 'fine', setup: () => void started.push('fine') },
      ]);
    } finally {
      console.error = original;
    }
    expect(started).toEqual(['fine']);
  });
});
