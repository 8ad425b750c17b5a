import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { withRulesAlone } from './helpers.ts';

// What each urgency cue's flags change (signals/urgency.ts), as the mutation run of the
// signals' time rules found them untested: a strong cue holds beside "no rush" said of
// another thing, someone waiting as a habit is not waiting now, a plain word counts for
// nothing beside help lines or a joke. Read by the rules alone, at 10:00 on a weekday.

withRulesAlone();

const NOW = new Date('2026-12-02T10:00:00');
const urgent = (text: string) => createAnalyzer().analyze(text, NOW).signals.includes('URGENT');

describe('a strong cue holds beside "no rush" said of another thing', () => {
  it.each([
    "pas urgent pour le cv. par contre le client attend à l'accueil, je fais quoi ?",
    'no rush on the cv. but the bailiff is at the door, what do i do?',
    "pas urgent pour le cv. mais mon collègue vient de faire un malaise, j'appelle le samu ?",
    "no rush for the cv. i'm at the counter and they're asking which form, help",
  ])('%s: urgent', (text) => expect(urgent(text)).toBe(true));

  it.each(['pas urgent, le cv', 'no rush on the cv, whenever you can'])('%s: not urgent', (text) =>
    expect(urgent(text)).toBe(false),
  );
});

describe('someone waiting as a habit is not waiting now', () => {
  it.each([
    "le client attend à l'accueil tous les matins, c'est notre routine",
    'the client waits at reception every morning, thats our routine',
  ])('%s: not urgent', (text) => expect(urgent(text)).toBe(false));

  it.each([
    "le client attend à l'accueil tous les matins et il est encore là, je fais quoi ?",
    'the client waits at reception every morning and hes still there right now, what do i do?',
  ])('%s: urgent, the moment said', (text) => expect(urgent(text)).toBe(true));
});

describe('a plain word counts for nothing beside help lines or a joke', () => {
  it.each([
    'le 3114, jour et nuit : maintenant tu as le numéro !!',
    'samaritans on 116 123, day and night, now you have it!!',
    'asap mdr 😂',
    'urgent question : pizza ou burger ce soir 😂',
  ])('%s: not urgent', (text) => expect(urgent(text)).toBe(false));

  it.each(['réponds maintenant stp !!', 'answer me now please!!'])('%s: urgent', (text) =>
    expect(urgent(text)).toBe(true),
  );
});

describe('"help" ends a message; "helpful" does not', () => {
  it.each(['that training was really helpful', 'merci, super helpful ton retour'])(
    '%s: not urgent',
    (text) => expect(urgent(text)).toBe(false),
  );
});
