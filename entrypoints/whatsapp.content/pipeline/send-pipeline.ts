// One send pipeline: every send attempt passes the same stages in the same order
// (readiness, attachments, text), then the after-send hooks. Each stage answers with a
// decision; a stage that takes an attempt over ("hold") gets a handle to let it go on
// later. A stage that throws holds the send: what Cadre could not check never leaves
// unseen. Pure: no DOM, no browser API, so it is tested with plain fakes.

/** What a stage answers, synchronously: a held attempt must be stopped before the page sees it. */
export type StageDecision =
  /** Nothing against it here: ask the next stage. */
  | 'next'
  /** No further check applies (an unwatched chat): after-send hooks, then it goes. */
  | 'send'
  /** The stage took the attempt over; it will use its Held handle, or drop it. */
  | 'hold';

/** A held attempt, in the hands of the stage that held it. Each handle acts once. */
export interface Held {
  /** This stage is satisfied: the stages after it decide, then the message goes. */
  proceed(): void;
  /** The person chose to send as it is: after-send hooks, then the message goes. */
  sendNow(): void;
  /** Ask every stage again from the first (the page's state is now known). */
  retry(): void;
}

export interface SendStage<A> {
  name: string;
  decide(attempt: A, held: Held): StageDecision;
}

export interface AfterSendHook<A> {
  name: string;
  /** Told that the attempt goes now. Must not throw nor delay the send. */
  afterSend(attempt: A): void;
}

/** What a send attempt became: let through untouched, or stopped by Cadre. */
export type Outcome = 'pass' | 'hold';

export interface PipelineOptions<A> {
  stages: readonly SendStage<A>[];
  after: readonly AfterSendHook<A>[];
  /** Sends a held attempt for real (the page's own send, without asking again). */
  release(attempt: A): void;
  /** A stage threw: show that Cadre could not check, with a way to send anyway. */
  onStageError(attempt: A, stage: string, error: unknown, held: Held): void;
  /** Told the outcome of every attempt the person made (not of releases). */
  onOutcome?(outcome: Outcome, attempt: A): void;
  log?: Pick<Console, 'error'>;
}

export interface SendPipeline<A> {
  /** Decides a fresh attempt from the page: 'pass' lets the page's event go on. */
  run(attempt: A): Outcome;
}

export function createSendPipeline<A>(options: PipelineOptions<A>): SendPipeline<A> {
  const { stages, after, release, onStageError } = options;
  const log = options.log ?? console;

  const runAfter = (attempt: A) => {
    for (const hook of after) {
      try {
        hook.afterSend(attempt);
      } catch (error) {
        // The message is already on its way: a hook's failure is reported, not acted on.
        log.error(`Cadre: after-send hook ${hook.name} failed`, error);
      }
    }
  };

  /** Runs the stages from `start`; true when every one let the attempt through. */
  const runFrom = (attempt: A, start: number): boolean => {
    for (let index = start; index < stages.length; index++) {
      const stage = stages[index];
      const held = heldAt(attempt, index);
      let decision: StageDecision;
      try {
        decision = stage.decide(attempt, held);
      } catch (error) {
        log.error(`Cadre: send stage ${stage.name} failed; the message is held`, error);
        try {
          onStageError(attempt, stage.name, error, held);
        } catch (panelError) {
          // Even with no panel to show, the message stays held: never sent unseen.
          log.error('Cadre: could not show that the message was held', panelError);
        }
        return false;
      }
      if (decision === 'hold') return false;
      if (decision === 'send') break;
    }
    runAfter(attempt);
    return true;
  };

  const heldAt = (attempt: A, index: number): Held => {
    let used = false;
    const once = (action: () => void) => () => {
      if (used) return;
      used = true;
      action();
    };
    return {
      proceed: once(() => {
        if (runFrom(attempt, index + 1)) release(attempt);
      }),
      sendNow: once(() => {
        runAfter(attempt);
        release(attempt);
      }),
      retry: once(() => {
        if (runFrom(attempt, 0)) release(attempt);
      }),
    };
  };

  return {
    run(attempt) {
      const outcome: Outcome = runFrom(attempt, 0) ? 'pass' : 'hold';
      options.onOutcome?.(outcome, attempt);
      return outcome;
    },
  };
}
