import { Fragment, h, type ComponentChild } from 'preact';
import { WindowAnchor } from '@/components/window/WindowAnchor';
import type { CadreEnv, SessionState } from '../session';
import type { Store } from '@/lib/store';

// The response window's button and cards share one column above the composer chip, so
// a notice and an offer never lie on top of each other.

const SLOT = 'window-stack';
/** Top to bottom; the share button stays nearest the chip. */
const ORDER = ['window-shared', 'window-sent-notice', 'window-mentor-reminder', 'window-share'];

const stacks = new WeakMap<Store<SessionState>, Map<string, ComponentChild>>();

function itemsOf(env: CadreEnv): Map<string, ComponentChild> {
  let items = stacks.get(env.session);
  if (!items) stacks.set(env.session, (items = new Map()));
  return items;
}

export function showInStack(env: CadreEnv, key: string, node: ComponentChild): void {
  const items = itemsOf(env);
  items.set(key, node);
  draw(env, items);
}

export function hideInStack(env: CadreEnv, key: string): void {
  const items = itemsOf(env);
  if (items.delete(key)) draw(env, items);
}

function draw(env: CadreEnv, items: Map<string, ComponentChild>) {
  if (items.size === 0) return env.hide(SLOT);
  const keys = [...items.keys()].sort((a, b) => rank(a) - rank(b));
  env.show(
    SLOT,
    h(WindowAnchor, {
      composer: env.session.get().composer?.element ?? null,
      children: keys.map((key) => h(Fragment, { key }, items.get(key))),
    }),
  );
}

function rank(key: string): number {
  const index = ORDER.indexOf(key);
  return index === -1 ? ORDER.length : index;
}
