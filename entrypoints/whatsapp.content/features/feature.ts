import type { CadreEnv, SessionState } from '../session';

/**
 * One content-script feature. Every feature has this shape and is registered in
 * features/index.ts. A feature runs while `when(state)` holds (always, without one), and
 * tears down what it installs when `env.signal` aborts (its `when` stopped holding, or the
 * extension was reloaded), so WhatsApp is left untouched. Older features also tear down
 * through env.ctx (ctx.addEventListener, ctx.setTimeout), which ends with the page.
 */
export interface Feature {
  name: string;
  when?(state: SessionState): boolean;
  setup(env: CadreEnv): void;
}
