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
  it.each([
    'that training was really helpful',
    'merci, super helpful ton retour',
    // Beside another weak cue, "helpful" must still add nothing.
    'my card was stolen and the bank was really helpful',
  ])('%s: not urgent', (text) => expect(urgent(text)).toBe(false));

  it.each(['my card was stolen, help', 'my card was stolen, help!!!'])(
    '%s: urgent, "help" at the end with or without marks',
    (text) => expect(urgent(text)).toBe(true),
  );
});

// What the second mutation run (deadlines.ts and urgency.ts alone) found still untested.
describe('each strong cue holds on its own beside "no rush" said of another thing', () => {
  it.each([
    // An answer wanted now.
    'no rush on the cv. but call me back right now',
    'pas urgent pour le cv. mais rappelle-moi tout de suite',
    // Someone at the door.
    'no rush on the cv. the bailiff is at the door',
    "pas urgent pour le cv. l'huissier est à la porte",
    // Emergency services called.
    "no rush on the cv. i've called an ambulance for my colleague",
    // At a counter, asked something.
    'pas urgent pour le cv. mais je suis au guichet, la dame demande quel document ??',
  ])('%s: urgent', (text) => expect(urgent(text)).toBe(true));
});

describe('"là" says the moment beside a habit, however it ends the sentence', () => {
  it.each([
    "mon ex m'attend devant le travail tous les soirs, il est là",
    "mon ex m'attend devant le travail tous les soirs, il est là!",
    "mon ex m'attend devant le travail tous les soirs, il est là, je fais quoi ?",
  ])('%s: urgent', (text) => expect(urgent(text)).toBe(true));

  it("mon ex m'attend devant le travail tous les soirs: not urgent", () =>
    expect(urgent("mon ex m'attend devant le travail tous les soirs")).toBe(false));
});

describe('someone at the counter, or the writer at one, told as a habit is not now', () => {
  it.each([
    'often a client is at the counter before we open, what do i say?',
    "souvent, un client est au comptoir avant l'ouverture, je dis quoi ?",
    "often i'm at the counter and they ask which form, what do i say?",
    'souvent je suis au guichet et ils demandent quel document, je dis quoi ?',
  ])('%s: not urgent', (text) => expect(urgent(text)).toBe(false));

  it.each([
    'a client is at the counter, what do i say?',
    'un client est au comptoir, je dis quoi ?',
    "i'm at the counter and they ask which form, what do i say?",
    'je suis au guichet et ils demandent quel document, je dis quoi ?',
  ])('%s: urgent', (text) => expect(urgent(text)).toBe(true));
});

describe('"il m\'attend" told as a habit is not someone waiting now', () => {
  it("il m'attend tous les soirs !!: not urgent", () =>
    expect(urgent("il m'attend tous les soirs !!")).toBe(false));
  it("il m'attend, il est là !!: urgent", () =>
    expect(urgent("il m'attend, il est là !!")).toBe(true));
});

describe('"!!" and "now" are plain words a joke undoes; a demand is not', () => {
  it.each(['mon téléphone a été volé !! 😂', 'my boss wants an answer now 😂'])(
    '%s: not urgent',
    (text) => expect(urgent(text)).toBe(false),
  );
  it.each(['mon téléphone a été volé !!', 'my boss wants an answer now'])('%s: urgent', (text) =>
    expect(urgent(text)).toBe(true),
  );
});

describe('someone there, or a counter, needs the writer now', () => {
  it.each([
    // The writer is going to them: nothing to answer.
    'le taxi est en bas, il attend, je file',
    'the taxi is outside waiting, gotta go',
    // At a counter with nothing asked.
    'je suis à la pharmacie, tout va bien',
    "i'm at the pharmacy, all good",
  ])('%s: not urgent', (text) => expect(urgent(text)).toBe(false));

  it.each(['the taxi is outside waiting, what do i do', "i'm at the pharmacy, what do i say?"])(
    '%s: urgent',
    (text) => expect(urgent(text)).toBe(true),
  );
});

describe('the words that undo urgency, read as whole words', () => {
  it.each([
    // "urgent" quoted: talked about, not said.
    'mon chef met "urgent" dans tous ses mails, c\'est agaçant',
    'on m\'a écrit "urgent" en objet, c\'est une pub',
  ])('%s: not urgent', (text) => expect(urgent(text)).toBe(false));

  it.each([
    // "hiérarchie" is not "hier", yesterday.
    'ma hiérarchie exige une réponse maintenant',
    // "get back to your desk" is not "I'll get back to you".
    'get back to your desk in 5 minutes, the boss is coming',
  ])('%s: urgent', (text) => expect(urgent(text)).toBe(true));
});

describe('"this evening" is today, as "tonight" is', () => {
  it.each(['can you send me the file this evening??', 'can you send me the file tonight??'])(
    '%s: urgent',
    (text) => expect(urgent(text)).toBe(true),
  );
});
