import { describe, expect, it } from 'vitest';
import {
  COMPOSER_GRACE_MS,
  decideProtection,
  type PageFacts,
} from '@/entrypoints/whatsapp.content/features/protection';

const page = (facts: Partial<PageFacts>): PageFacts => ({
  composerFound: false,
  settingsLoaded: true,
  watched: false,
  appLoaded: true,
  conversationOpen: true,
  waitedMs: 0,
  ...facts,
});

describe('what Cadre can promise on a page', () => {
  it.each([
    ['a watched chat with its composer', { composerFound: true, watched: true }, 'active'],
    ['another chat with its composer', { composerFound: true }, 'unwatched'],
    [
      'a composer before the settings arrived',
      { composerFound: true, watched: true, settingsLoaded: false },
      'starting',
    ],
    ['WhatsApp loaded, no chat open', { conversationOpen: false }, 'idle'],
    ['a chat open, composer not yet there', { waitedMs: 2_000 }, 'starting'],
    [
      'a chat open, no composer after the grace period',
      { waitedMs: COMPOSER_GRACE_MS },
      'inactive',
    ],
    [
      'a page Cadre does not recognise at all, after the grace period',
      { appLoaded: false, conversationOpen: false, waitedMs: COMPOSER_GRACE_MS + 1 },
      'inactive',
    ],
  ] as const)('%s → %s', (_label, facts, expected) => {
    expect(decideProtection(page(facts))).toBe(expected);
  });
});
