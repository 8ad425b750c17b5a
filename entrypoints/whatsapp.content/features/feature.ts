import type { CadreEnv } from '../session';

/**
 * One content-script feature. Every feature has this shape, is registered in
 * features/index.ts, and tears down what it installs through env.ctx (ctx.addEventListener,
 * ctx.setTimeout, ctx.onInvalidated), so an extension reload leaves WhatsApp untouched.
 */
export interface Feature {
  name: string;
  setup(env: CadreEnv): void;
}
