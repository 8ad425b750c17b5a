import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER, DEFAULT_SHORT_RULES, firstSentence, parseCharter } from '@/lib/charter';
import { currentCharter } from '@/lib/charter/current';
import { CadreDb } from '@/lib/db/database';

describe('a charter a mentor wrote', () => {
  it('keeps the paragraphs of the introduction and of a rule apart', () => {
    const charter = parseCharter('Titre\n\nPremier.\n\nSecond.\n\n1. Règle\nUn.\n\nDeux.');
    expect(charter.intro).toBe('Premier.\n\nSecond.');
    expect(charter.rules[0].body).toBe('Un.\n\nDeux.');
  });

  it('reads old Mac line ends and indented lines', () => {
    expect(parseCharter('Titre\rIntro.\r  1. Règle\r  Texte.\r   Le mentor')).toEqual({
      title: 'Titre',
      intro: 'Intro.',
      rules: [{ number: 1, title: 'Règle', body: 'Texte.' }],
    });
  });

  it('numbers rules past nine', () => {
    const text = Array.from({ length: 11 }, (_, i) => `${i + 1}. Règle ${i + 1}\nTexte.`).join(
      '\n',
    );
    const rules = parseCharter(`Titre\n${text}`).rules;
    expect(rules).toHaveLength(11);
    expect(rules[10]).toEqual({ number: 11, title: 'Règle 11', body: 'Texte.' });
  });

  it('does not take a numbered sentence inside a paragraph, or a long numbered line, for a rule', () => {
    const long = `2. ${'mot '.repeat(40)}fin.`;
    const charter = parseCharter(`Titre\n1. Règle\nVoir l’article 3. Il dit tout.\n${long}`);
    expect(charter.rules).toHaveLength(1);
    expect(charter.rules[0].body).toBe(`Voir l’article 3. Il dit tout.\n\n${long}`);
  });

  it('stops at the signature block, in French and in English', () => {
    for (const role of ['La personne accompagnée', 'The person accompanied', 'the mentor']) {
      const charter = parseCharter(`Titre\n1. Règle\nTexte.\n${role} : Jean\nSignature`);
      expect(charter.rules[0].body, role).toBe('Texte.');
    }
  });
});

describe('firstSentence', () => {
  it.each([
    ['On se respecte. Toujours.', 'On se respecte.'],
    ['Vraiment ? Oui.', 'Vraiment ?'],
    ['Stop! Encore.', 'Stop!'],
    ['  Sans point final  ', 'Sans point final'],
    ['Une ligne.\nPuis une autre.', 'Une ligne.'],
    ['Le site www.exemple.fr est cité.', 'Le site www.exemple.fr est cité.'],
  ])('%j → %j', (body, sentence) => expect(firstSentence(body)).toBe(sentence));
});

describe('the short rules the popup shows', () => {
  it('are six full sentences in each language, one per rule of the default charter', () => {
    for (const lang of ['fr', 'en'] as const) {
      const rules = DEFAULT_SHORT_RULES[lang];
      expect(rules).toHaveLength(parseCharter(DEFAULT_CHARTER[lang]).rules.length);
      for (const rule of rules) expect(rule, lang).toMatch(/^\p{Lu}.{30,}\.$/u);
    }
    expect(DEFAULT_SHORT_RULES.fr[2]).toContain('de 8h à 18h');
    expect(DEFAULT_SHORT_RULES.en[2]).toContain('8 am to 6 pm');
    expect(DEFAULT_SHORT_RULES.fr[1]).toContain('Aucun nom de client');
    expect(DEFAULT_SHORT_RULES.en[5]).toContain('other help exists');
  });
});

let counter = 0;
const freshDb = () =>
  new CadreDb(`cadre-current-charter-${(counter += 1)}`, { indexedDB, IDBKeyRange });

describe('currentCharter', () => {
  it('is the default text, untitled, when none is stored', async () => {
    expect(await currentCharter(freshDb(), 'en')).toEqual({
      lang: 'en',
      title: '',
      text: DEFAULT_CHARTER.en,
      source: 'default',
      createdAt: 0,
    });
  });

  it('is the highest version stored, whatever the order they were added in', async () => {
    const database = freshDb();
    const doc = { lang: 'fr', title: 'Ma charte', source: 'custom', createdAt: 1 } as const;
    await database.charters.add({ ...doc, version: 3, text: 'trois' });
    await database.charters.add({ ...doc, version: 1, text: 'un' });
    await database.charters.add({ ...doc, version: 2, text: 'deux' });
    expect((await currentCharter(database, 'fr')).text).toBe('trois');
  });
});
