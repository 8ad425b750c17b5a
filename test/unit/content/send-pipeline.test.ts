import { describe, expect, it, vi } from 'vitest';
import {
  createSendPipeline,
  type Held,
  type SendStage,
  type StageDecision,
} from '@/entrypoints/whatsapp.content/pipeline/send-pipeline';

interface Attempt {
  text: string;
}

/** A pipeline over named stages that answer from a table, recording what happened. */
function setup(answers: Record<string, StageDecision | (() => StageDecision)>) {
  const calls: string[] = [];
  const helds: Record<string, Held> = {};
  const stages: SendStage<Attempt>[] = Object.entries(answers).map(([name, answer]) => ({
    name,
    decide(_attempt, held) {
      calls.push(name);
      helds[name] = held;
      return typeof answer === 'function' ? answer() : answer;
    },
  }));
  const released: Attempt[] = [];
  const errors: { stage: string; held: Held }[] = [];
  const outcomes: string[] = [];
  const pipeline = createSendPipeline<Attempt>({
    stages,
    after: [{ name: 'after', afterSend: () => calls.push('after') }],
    release: (attempt) => released.push(attempt),
    onStageError: (_attempt, stage, _error, held) => errors.push({ stage, held }),
    onOutcome: (outcome) => outcomes.push(outcome),
    log: { error: () => undefined },
  });
  return { pipeline, calls, helds, released, errors, outcomes };
}

const attempt = { text: 'Bonjour' };

describe('the send pipeline', () => {
  it('asks every stage in order, then the after-send hooks, and lets a clean send pass', () => {
    const { pipeline, calls, released, outcomes } = setup({
      readiness: 'next',
      attachments: 'next',
      text: 'next',
    });
    expect(pipeline.run(attempt)).toBe('pass');
    expect(calls).toEqual(['readiness', 'attachments', 'text', 'after']);
    // A pass lets the page's own event go on: nothing is re-sent.
    expect(released).toEqual([]);
    expect(outcomes).toEqual(['pass']);
  });

  it('"send" skips the remaining checks but not the after-send hooks', () => {
    const { pipeline, calls } = setup({ readiness: 'send', attachments: 'next', text: 'next' });
    expect(pipeline.run(attempt)).toBe('pass');
    expect(calls).toEqual(['readiness', 'after']);
  });

  it('a hold stops the attempt; proceed() runs the later stages, then sends', () => {
    const { pipeline, calls, helds, released, outcomes } = setup({
      readiness: 'next',
      attachments: 'hold',
      text: 'next',
    });
    expect(pipeline.run(attempt)).toBe('hold');
    expect(calls).toEqual(['readiness', 'attachments']);
    expect(released).toEqual([]);
    expect(outcomes).toEqual(['hold']);

    helds.attachments.proceed();
    expect(calls).toEqual(['readiness', 'attachments', 'text', 'after']);
    expect(released).toEqual([attempt]);
    // A release is not a new attempt.
    expect(outcomes).toEqual(['hold']);
  });

  it('a later stage can hold a resumed attempt again', () => {
    let textAnswer: StageDecision = 'hold';
    const { pipeline, helds, released } = setup({
      attachments: 'hold',
      text: () => textAnswer,
    });
    pipeline.run(attempt);
    helds.attachments.proceed();
    expect(released).toEqual([]);
    textAnswer = 'next';
    helds.text.proceed();
    expect(released).toEqual([attempt]);
  });

  it('sendNow() sends at once, after-send hooks included; each handle acts once', () => {
    const { pipeline, calls, helds, released } = setup({ readiness: 'next', text: 'hold' });
    pipeline.run(attempt);
    helds.text.sendNow();
    helds.text.sendNow();
    helds.text.proceed();
    expect(released).toEqual([attempt]);
    expect(calls.filter((c) => c === 'after')).toHaveLength(1);
  });

  it('retry() asks every stage again from the first', () => {
    let ready: StageDecision = 'hold';
    const { pipeline, calls, helds, released } = setup({ readiness: () => ready, text: 'next' });
    expect(pipeline.run(attempt)).toBe('hold');
    ready = 'next';
    helds.readiness.retry();
    expect(calls).toEqual(['readiness', 'readiness', 'text', 'after']);
    expect(released).toEqual([attempt]);
  });

  it('a stage that throws holds the send and says so; later stages are not asked', () => {
    const { pipeline, calls, errors, released, outcomes } = setup({
      readiness: 'next',
      text: () => {
        throw new Error('detection failed');
      },
      last: 'next',
    });
    expect(pipeline.run(attempt)).toBe('hold');
    expect(calls).toEqual(['readiness', 'text']);
    expect(errors.map((e) => e.stage)).toEqual(['text']);
    expect(released).toEqual([]);
    expect(outcomes).toEqual(['hold']);
    // "Send anyway" from the could-not-check panel.
    errors[0].held.sendNow();
    expect(released).toEqual([attempt]);
  });

  it('stays held even when the could-not-check panel itself fails', () => {
    const released: Attempt[] = [];
    const pipeline = createSendPipeline<Attempt>({
      stages: [
        {
          name: 'text',
          decide: () => {
            throw new Error('boom');
          },
        },
      ],
      after: [],
      release: (a) => released.push(a),
      onStageError: () => {
        throw new Error('no overlay');
      },
      log: { error: () => undefined },
    });
    expect(pipeline.run(attempt)).toBe('hold');
    expect(released).toEqual([]);
  });

  it('an after-send hook that throws does not stop the send', () => {
    const error = vi.fn();
    const pipeline = createSendPipeline<Attempt>({
      stages: [{ name: 'text', decide: () => 'next' }],
      after: [
        {
          name: 'broken',
          afterSend: () => {
            throw new Error('journal down');
          },
        },
      ],
      release: () => undefined,
      onStageError: () => undefined,
      log: { error },
    });
    expect(pipeline.run(attempt)).toBe('pass');
    expect(error).toHaveBeenCalledOnce();
  });
});
