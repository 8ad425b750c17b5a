import { h } from 'preact';
import { anonymize } from '@/lib/anonymize';
import { ask } from '@/lib/messaging';
import { emergencyLine, resolveHelpCountry } from '@/lib/help/choose';
import { formatDayAndTime } from '@/lib/schedule/format-time';
import {
  applyReplacements,
  findMainComposer,
  placeCaret,
  readText,
  replaceRanges,
} from '@/lib/whatsapp/composer';
import type { SendAttempt } from '@/lib/whatsapp/send-attempts';
import { DistressPanel } from '@/components/guard/DistressPanel';
import { SendPanel, type SendPanelStatus } from '@/components/guard/SendPanel';
import { UrgentPanel } from '@/components/guard/UrgentPanel';
import { VagueNudge } from '@/components/guard/VagueNudge';
import type { Held } from '../pipeline/send-pipeline';
import type { CadreEnv } from '../session';
import { anchorFor, openPanel } from './guard-panels';
import { logDecision, windowStatus } from './guard-journal';
import type { ComposerAnalysis, GuardState } from './guard-state';
import { errorName } from '@/lib/messaging/log';

export interface FlowContext {
  env: CadreEnv;
  guard: GuardState;
  /** The pipeline's handle on the held attempt: the later stages, then the send. */
  held: Held;
}

/** Whether a message needs anything from the guard before it goes. */
export function needsGuard(env: CadreEnv, analysis: ComposerAnalysis): boolean {
  if (analysis.findings.length) return true;
  const signals = analysis.signals;
  if (signals.includes('DISTRESS') || signals.includes('URGENT')) return true;
  return signals.includes('VAGUE') && !!env.session.get().snapshot?.settings.vagueNudge;
}

/**
 * A held message, step by step: distress or urgency first (a person before a policy),
 * then the question nudge, then the findings. Each step either lets the message go on or
 * hands it back to the composer untouched. Only the last step changes the text, and only
 * to send it at once.
 */
export async function runSendFlow(
  flow: FlowContext,
  attempt: SendAttempt,
  analysis: ComposerAnalysis,
): Promise<void> {
  const { guard } = flow;
  guard.busy = true;
  try {
    if (!(await signalStep(flow, attempt, analysis))) return;
    if (!(await vagueStep(flow, attempt, analysis))) return;
    if (analysis.findings.length) await findingsStep(flow, attempt, analysis);
    else send(flow, attempt, analysis.text);
  } finally {
    guard.busy = false;
  }
}

/** Sends what the composer holds, if it still holds what the user chose. */
function send(flow: FlowContext, attempt: SendAttempt, expected: string): boolean {
  const element = attempt.composer.element;
  if (!element.isConnected || readText(element) !== expected) {
    element.focus();
    return false;
  }
  flow.held.proceed();
  flow.guard.resetIgnored();
  // Typing goes on in the chat: the caption's preview is gone, the footer's composer stays.
  const next = element.isConnected ? element : findMainComposer(element.ownerDocument);
  next?.focus();
  return true;
}

function backToComposer(attempt: SendAttempt) {
  const element = attempt.composer.element;
  if (element.isConnected) element.focus();
}

async function signalStep(flow: FlowContext, attempt: SendAttempt, analysis: ComposerAnalysis) {
  const { env } = flow;
  const t = env.t();
  const anchor = anchorFor(attempt.composer);
  const state = env.session.get();
  const country = resolveHelpCountry(
    state.snapshot?.settings.helpCountry,
    env.win.navigator.languages ?? [env.win.navigator.language],
  );
  if (analysis.signals.includes('DISTRESS')) {
    logDecision(state, 'distress-notice', analysis);
    const panel = openPanel<'send' | 'back'>(env, attempt.composer, (answer) =>
      h(DistressPanel, {
        t,
        lang: state.lang,
        anchor,
        country,
        categories: analysis.distress,
        crisisNow: analysis.crisisNow,
        onSend: () => answer('send'),
        onBack: () => answer('back'),
      }),
    );
    const choice = await panel.next();
    panel.close();
    if (choice === 'back') backToComposer(attempt);
    return choice === 'send';
  }
  if (analysis.signals.includes('URGENT')) {
    logDecision(state, 'urgent-notice', analysis);
    const window = windowStatus(state);
    const nextOpening =
      window && window.state !== 'open' && window.nextOpening
        ? formatDayAndTime(
            window.nextOpening,
            new Date(),
            Intl.DateTimeFormat().resolvedOptions().timeZone,
            state.lang,
          )
        : null;
    const panel = openPanel<'send' | 'back'>(env, attempt.composer, (answer) =>
      h(UrgentPanel, {
        t,
        anchor,
        nextOpening,
        emergency: emergencyLine(country),
        onSend: () => answer('send'),
        onBack: () => answer('back'),
      }),
    );
    const choice = await panel.next();
    panel.close();
    if (choice === 'back') backToComposer(attempt);
    return choice === 'send';
  }
  return true;
}

async function vagueStep(flow: FlowContext, attempt: SendAttempt, analysis: ComposerAnalysis) {
  const { env } = flow;
  const state = env.session.get();
  const wanted =
    analysis.signals.includes('VAGUE') &&
    !analysis.signals.includes('DISTRESS') &&
    !analysis.signals.includes('URGENT') &&
    !analysis.findings.length &&
    !!state.snapshot?.settings.vagueNudge;
  if (!wanted) return true;
  logDecision(state, 'vague-nudge', analysis);
  const t = env.t();
  const anchor = anchorFor(attempt.composer);
  const panel = openPanel<'insert' | 'send' | 'off' | 'back'>(env, attempt.composer, (answer) =>
    h(VagueNudge, {
      t,
      anchor,
      onInsert: () => answer('insert'),
      onSend: () => answer('send'),
      onTurnOff: () => answer('off'),
      onBack: () => answer('back'),
    }),
  );
  const choice = await panel.next();
  panel.close();
  if (choice === 'off') {
    ask({ type: 'settings.set', patch: { vagueNudge: false } }).catch((error) =>
      console.warn('Cadre: could not turn the nudge off', errorName(error)),
    );
    return true;
  }
  if (choice === 'send') return true;
  if (choice === 'insert') {
    const element = attempt.composer.element;
    const structured = t('guard.vagueTemplate', { text: analysis.text.trim() });
    const result = await replaceRanges(element, [
      { start: 0, end: analysis.text.length, text: structured },
    ]);
    // A failed insertion must not leave a half-written frame: put the question back.
    if (!result.ok && readText(element) !== analysis.text) {
      await replaceRanges(element, [
        { start: 0, end: readText(element).length, text: analysis.text },
      ]);
    }
    element.focus();
  } else if (choice === 'back') {
    backToComposer(attempt);
  }
  return false;
}

async function findingsStep(flow: FlowContext, attempt: SendAttempt, analysis: ComposerAnalysis) {
  const { env } = flow;
  const state = env.session.get();
  const t = env.t();
  const lang = state.lang;
  const anchor = anchorFor(attempt.composer);
  const element = attempt.composer.element;
  const { text: anonymized, replacements } = anonymize(analysis.text, analysis.findings, lang);
  type Choice =
    { kind: 'anonymize'; text: string; edited: boolean } | { kind: 'edit' } | { kind: 'send' };

  const build = (answer: (choice: Choice) => void, status: SendPanelStatus) =>
    h(SendPanel, {
      t,
      lang,
      findings: analysis.findings,
      replacements,
      anonymized,
      original: analysis.text,
      status,
      anchor,
      onAnonymize: (text, edited) => answer({ kind: 'anonymize', text, edited }),
      onEdit: () => answer({ kind: 'edit' }),
      onSendAnyway: () => answer({ kind: 'send' }),
    });

  const panel = openPanel<Choice>(env, attempt.composer, (answer) => build(answer, 'ready'));
  for (;;) {
    const choice = await panel.next();
    if (choice === 'dismissed') return;
    if (choice.kind === 'edit') {
      panel.close();
      logDecision(state, 'edited', analysis);
      if (element.isConnected) await placeCaret(element, analysis.findings[0].start);
      return;
    }
    if (choice.kind === 'send') {
      panel.close();
      logDecision(state, 'sent-anyway', analysis);
      send(flow, attempt, analysis.text);
      return;
    }
    panel.render((answer) => build(answer, 'working'));
    const outcome = await applyAnonymized(element, analysis.text, replacements, choice).catch(
      (error: unknown) => {
        console.error('Cadre: anonymisation failed', errorName(error));
        return {
          ok: false as const,
          intact: element.isConnected && readText(element) === analysis.text,
        };
      },
    );
    if (outcome.ok) {
      panel.close();
      logDecision(state, 'anonymized', analysis);
      send(flow, attempt, outcome.text);
      return;
    }
    // Nothing is sent; the panel says so and the user chooses again, or, when the
    // message could not be put back, copies their own words from the panel.
    panel.render((answer) => build(answer, outcome.intact ? 'failed' : 'altered'));
  }
}

/**
 * Writes the anonymised text into the composer and reads it back. The untouched preview
 * goes in finding by finding (the rest of the message, formatting included, is kept);
 * an edited preview replaces the whole text. On failure the original text is put back.
 */
async function applyAnonymized(
  element: HTMLElement,
  original: string,
  replacements: readonly { start: number; end: number; text: string }[],
  choice: { text: string; edited: boolean },
): Promise<{ ok: true; text: string } | { ok: false; intact: boolean }> {
  const intact = () => element.isConnected && readText(element) === original;
  if (!intact()) return { ok: false, intact: false };
  const expected = choice.edited ? choice.text : applyReplacements(original, replacements);

  const result = await replaceRanges(
    element,
    choice.edited ? [{ start: 0, end: original.length, text: choice.text }] : replacements,
  );
  if (result.ok && result.text === expected) return { ok: true, text: expected };
  const now = readText(element);
  if (now !== original) {
    await replaceRanges(element, [{ start: 0, end: now.length, text: original }]);
  }
  return { ok: false, intact: intact() };
}
