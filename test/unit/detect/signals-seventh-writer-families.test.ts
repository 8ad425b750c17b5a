import { describe, expect, it } from 'vitest';
import { distressAndUrgent, withRulesAlone } from './helpers.ts';

// Families of misses and false alarms from the read half of a seventh writer's probe
// (formal, non-native and dictated French and English; lib/detect/README.md), each
// rewritten from its phenomenon in other words and put beside ordinary messages that
// share its words. Read by the rules alone; sentences written for these tables.

withRulesAlone();

const at = (hm: string) => new Date(`2026-12-04T${hm}:00`);
const signals = (text: string, now = at('22:00')) => distressAndUrgent(text, now);

describe('said to be meant: "like genuinely", "no cap"', () => {
  it.each([
    'they would all be better off without me 🙃 genuinely',
    'everyone would be better off without me no cap 🙃',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it('a joke still laughed at: nothing', () =>
    expect(signals('this deadline will be the death of me 🙃 genuinely funny how it goes')).toEqual(
      [],
    ));
});

describe('an accident wished, said in every English', () => {
  it.each([
    "if i got hit by a bus on the way in it wouldn't be the worst thing honestly",
    'if I get knocked down by a van tomorrow at least I would not have to go back there',
    'it is better if I am not here anymore, nobody would notice',
    'si je me faisais renverser par une voiture ce serait pas si grave',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'it is better if I am not here when they announce it, I would cry',
    "if i got hit by a car i'd sue them lol",
  ])('%s: not distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});

describe('a wish to fall asleep "et que c\'est fini"', () => {
  it("je voudrais dormir et que c'est fini: distress and urgent", () =>
    expect(signals("des fois je voudrais m'endormir et que c'est fini")).toEqual([
      'DISTRESS',
      'URGENT',
    ]));

  it("c'est fini, told of a hard week: nothing", () =>
    expect(signals("le stage c'est fini, je dors enfin")).toEqual([]));
});

describe('pills beyond the dose, taken from someone close', () => {
  it.each([
    'je prends mes somnifères au-delà de la dose prescrite pour réussir à dormir',
    'je dépasse la dose de mes anxiolytiques, sinon je tiens pas',
    'I take my dad sleeping pills without prescription, every night',
    'smoking weed all day just so my head shuts up',
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each([
    'ma mère prend ses somnifères sans ordonnance, je lui dis quoi ?',
    'je prends le bus pour réussir à aller travailler à l’heure',
  ])('%s: no distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});

describe('affairs put in order: a will, debts repaid, "don\'t worry about me anymore"', () => {
  it.each([
    "I wrote my will last night. thank you for everything, please don't worry about me anymore",
    "merci pour tout. j'ai remboursé tout le monde, j'ai fait mon testament, je peux partir tranquille",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it('a will drawn up with the notary for a house: nothing', () =>
    expect(signals('we signed the will at the notary with my parents for the house')).toEqual([]));
});

describe('means gathered: pills bought in several shops', () => {
  it.each([
    'bought paracetamol in four different shops so nobody asks questions',
    "j'ai acheté des boîtes de doliprane dans plusieurs pharmacies",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));
});

describe('a threat at the door, drugged at a party, things thrown', () => {
  it("someone's trying my door handle and i'm alone: distress and urgent", () =>
    expect(signals("someone's trying my door handle, i'm alone in the flat")).toEqual([
      'DISTRESS',
      'URGENT',
    ]));
  it.each([
    'au pot de départ il a mis un truc dans mon verre, je me souviens de rien et je me suis réveillée chez lui',
    'these girls keep throwing stones at me when I walk home',
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));

  it('locked out, "enfermé dehors": no distress', () =>
    expect(signals("enfermée dehors, mes clés sont dans l'appart")).not.toContain('DISTRESS'));
});

describe('the blade taken out; not sleeping, not eating; the bed all day', () => {
  it('got the razor out again: distress', () =>
    expect(signals('got the razor out again tonight')).toContain('DISTRESS'));
  it.each([
    "I don't sleep, I don't eat, I feel my life will never change",
    'since the refusal I stay in bed all day',
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));
});

describe('past attacks and past urgency', () => {
  it.each([
    "remember the panic attacks i had in march? haven't had one in 5 weeks",
    "j'ai plus refait de crise depuis un mois, pas eu de crise depuis 4 semaines",
  ])('%s: no distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));

  it('"I answer late": no urgency', () =>
    expect(signals('sorry I answer late, all good now')).toEqual([]));

  it.each([
    'je pleure dans les toilettes presque tous les jours maintenant',
    'I cry in the car most days now',
  ])('%s: distress, not urgent', (text) => expect(signals(text)).toEqual(['DISTRESS']));

  it('"j\'ai cru que j\'allais mourir", of an attack this morning: distress, not urgent', () =>
    expect(
      signals("j'ai fait une crise ce matin dans le métro, j'ai cru que j'allais mourir"),
    ).toEqual(['DISTRESS']));

  it('the news: nothing', () =>
    expect(
      signals("aux infos ils parlent d'une agression dans mon quartier, ça fait peur"),
    ).toEqual([]));
});

describe('times and emergencies said another way', () => {
  it('"the client is arriving quarter past four" at 15:55: urgent', () =>
    expect(
      signals('the client is arriving quarter past four and the slides are not ready', at('15:55')),
    ).toEqual(['URGENT']));
  it('a thing dated in a relative clause does not date the need', () =>
    expect(
      signals(
        "la réunion est dans 20 minutes, tu peux me renvoyer le fichier que tu m'avais envoyé la semaine dernière",
        at('13:10'),
      ),
    ).toEqual(['URGENT']));
  it.each([
    'my friend took something at the party and is not waking up',
    'ma coloc se réveille plus, elle a pris des cachets',
  ])('%s: urgent', (text) => expect(signals(text)).toContain('URGENT'));
  it.each(["my son won't wake up for school again", "she isn't responding to my emails"])(
    '%s: nothing',
    (text) => expect(signals(text)).toEqual([]),
  );
});

// From the read halves of mixed16 and mixed17 (messages with entities and signals together).
describe('mixed messages: despair said in everyday words', () => {
  it.each([
    "what's the point tbh. 30 applications and nothing. not cut out for anything",
    'no energy for anything, drowning at work and at home',
    'i cry into my pillow so my roommate wont hear',
    'je dors dans ma voiture depuis que le proprio m’a mise à la porte',
  ])('%s: distress', (text) => expect(signals(text)).toEqual(['DISTRESS']));

  it.each([
    "what's the point of the monday meeting?",
    'on a dormi dans la voiture sur la route des vacances',
    'ma femme fait des crises de panique depuis hier, je serai pas là jeudi',
  ])('%s: no distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));

  it('more tablets than I should have, not feeling right: distress and urgent', () =>
    expect(signals('i took more of my sleeping tablets than i should, i dont feel right')).toEqual([
      'DISTRESS',
      'URGENT',
    ]));

  it('"call me asap" quoted from someone else, laughed at: nothing', () =>
    expect(signals('haha my sister texted "call me asap" just to ask about a dress')).toEqual([]));

  it('"it\'s 7.40 and I start at 8": urgent', () =>
    expect(
      signals("it's 7.40 and i start at 8, the nursery just called, do i go??", at('07:40')),
    ).toContain('URGENT'));
});
