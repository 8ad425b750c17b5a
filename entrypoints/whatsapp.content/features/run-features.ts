import type { CadreEnv } from '../session';
import type { Feature } from './feature';
import { errorName } from '@/lib/messaging/log';

/**
 * Starts every feature in order; a feature with `when` starts each time its condition
 * begins to hold and is aborted each time it stops. One broken feature must not take the
 * others, or WhatsApp, down with it.
 */
export function runFeatures(env: CadreEnv, features: readonly Feature[]): void {
  for (const feature of features) {
    if (!feature.when) {
      start(env, feature, env.signal);
      continue;
    }
    const when = feature.when.bind(feature);
    let running: AbortController | null = null;
    const update = () => {
      const wanted = !env.signal.aborted && safely(feature, () => when(env.session.get()));
      if (wanted && !running) {
        running = new AbortController();
        const stop = () => running?.abort();
        env.signal.addEventListener('abort', stop, { once: true });
        running.signal.addEventListener('abort', () =>
          env.signal.removeEventListener('abort', stop),
        );
        start(env, feature, running.signal);
      } else if (!wanted && running) {
        const controller = running;
        running = null;
        controller.abort();
      }
    };
    const unsubscribe = env.session.subscribe(update);
    env.signal.addEventListener('abort', () => {
      unsubscribe();
      running?.abort();
    });
    update();
  }
}

function start(env: CadreEnv, feature: Feature, signal: AbortSignal) {
  try {
    feature.setup({ ...env, signal });
  } catch (error) {
    console.error(`Cadre: feature ${feature.name} failed to start`, errorName(error));
  }
}

function safely(feature: Feature, check: () => boolean): boolean {
  try {
    return check();
  } catch (error) {
    console.error(`Cadre: feature ${feature.name} could not tell whether to run`, errorName(error));
    return false;
  }
}
