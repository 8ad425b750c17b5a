import { describe, expect, it } from 'vitest';
import { distressAndUrgent, withRulesAlone } from './helpers.ts';

// Someone else's distress, asked about: the writer wants to know how to help. Only the
// cues whose subject is someone else are set aside, and only when the message asks how
// to help; the writer's own words beside the question still count. Read by the rules
// alone; sentences written for this table.

withRulesAlone();

const NOW = new Date('2026-12-04T15:00:00');
const signals = (text: string) => distressAndUrgent(text, NOW);

describe("someone else's distress, and how to help them", () => {
  it.each([
    'my mate told me he has been thinking about killing himself, how do I support him?',
    "my mate told me he's been thinking about killing himself. how do i support him",
    "ma collègue m'a confié qu'elle pense au suicide, comment je peux l'aider ?",
    'mon pote boit tous les soirs pour oublier, je sais pas comment lui en parler',
    'my flatmate cuts herself, what do I say to her',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it.each([
    // Without the question, the same words are still heard: the writer may be telling it.
    ["ma collègue m'a confié qu'elle pense au suicide", ['DISTRESS', 'URGENT']],
    // The writer's own wish beside the question is theirs.
    ["je pense au suicide et mon frère aussi, comment l'aider", ['DISTRESS', 'URGENT']],
    [
      "j'ai envie de mourir. ma soeur dit qu'elle veut m'aider, comment lui dire",
      ['DISTRESS', 'URGENT'],
    ],
    // Violence is done by someone else to the writer: its subject never sets it aside.
    ['mon mari me frappe, comment lui en parler ?', ['DISTRESS']],
  ])('%s: %j', (text, expected) => expect(signals(text)).toEqual(expected));
});
