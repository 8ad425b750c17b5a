import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Families of misses and false alarms from the read half of a third writer's set
// (signals12's even lines), each rewritten from its phenomenon and put beside the
// ordinary messages that share its words. Read by the rules alone; sentences written for
// these tables.

beforeAll(() => useSignalModel(null));
afterAll(() => useSignalModel(undefined));

const NOW = new Date('2026-12-02T09:00:00');
const signals = (text: string) =>
  createAnalyzer()
    .analyze(text, NOW)
    .signals.filter((s) => s === 'DISTRESS' || s === 'URGENT')
    .sort();

describe('a fatal accident hoped for, and God asked to come for the writer', () => {
  it.each([
    "I've started hoping the quad bike tips over one of these days.",
    'I keep wishing a bus would just take the decision out of my hands',
    'i keep hoping a car hits me on the way home',
    'des fois jdemande a Bondye de venir me chercher, jsuis prete',
    'I think how peaceful it would be to just not be here',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    "I hope the bus comes soon, I'm freezing",
    'I wish my manager would take the decision out of my hands',
    'I hope the bus takes me to the airport on time',
    "i hope the quad bike doesn't tip over on the hill",
    'je prie pour que Dieu protège ma famille',
    'it would be easier to not be here for the meeting tomorrow',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('hopelessness, substance, and what only looks like them', () => {
  it.each([
    'je sais plus pourquoi je continue',
    'few cans before milking just to steady myself lately',
  ])('%s: distress', (text) => expect(signals(text)).toEqual(['DISTRESS']));

  it.each([
    'je sais pas pourquoi je continue à lui répondre',
    'je sais plus pourquoi je continue ce projet',
    "je vois pas d'issue à ce conflit avec le fournisseur",
    'je vois pas de solution pour le planning de noël',
    "j'ai eu un coup de blues dimanche mais ça va mieux",
    'a couple of beers before the match with the lads',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('denials, explanations and someone else', () => {
  it.each([
    "Just to be clear, I'm not self-harming. The plaster on my arm is from giving blood.",
    'non je pense pas du tout a me faire du mal, cetait juste un coup de blues dimanche',
    'my pal keeps saying shes better off dead since the breakup, i told her to see her gp. was that enough?',
    'au college je me coupais, cest fini depuis longtemps. jvoulais que tu saches pour comprendre mes manches longues',
  ])('%s: no distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});

describe('urgency: an answer needed now, an hour close by', () => {
  it.each([
    'need an answer on the reference thing right now if u can, theyre asking me',
    'vet comes at 11 and its 10.20, i need to know if i sign the form or not',
  ])('%s: urgent', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each(['need an answer on the quote by friday if you can', 'my mum comes at 11 on sundays'])(
    '%s: nothing',
    (text) => expect(signals(text)).toEqual([]),
  );
});
