import { browser } from 'wxt/browser';
import type { Reply, ToBackground, BackgroundReplies } from './protocol';

/** The extension was reloaded or updated under a page that still runs the old script. */
export class ExtensionReloadedError extends Error {
  constructor() {
    super('Cadre was reloaded: this page must be reloaded too.');
  }
}

export function isContextInvalidated(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /context invalidated|Receiving end does not exist|message port closed/i.test(text);
}

/** Sends one message to the background and returns its typed answer, or throws. */
export async function ask<T extends ToBackground['type']>(
  message: Extract<ToBackground, { type: T }>,
): Promise<BackgroundReplies[T]> {
  let reply: Reply<T> | undefined;
  try {
    if (!browser.runtime?.id) throw new ExtensionReloadedError();
    reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  } catch (error) {
    if (error instanceof ExtensionReloadedError || isContextInvalidated(error))
      throw new ExtensionReloadedError();
    throw error;
  }
  if (!reply) throw new Error(`No answer to ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
