// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapText, rangeFor } from '@/lib/whatsapp/text-map';
import { applyReplacements } from '@/lib/whatsapp/composer';
import { readChatTitle } from '@/lib/whatsapp/chat';

// Lexical's plain-text DOM, as WhatsApp renders it.
function editor(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

const span = (text: string) => `<span data-lexical-text="true">${text}</span>`;
// WhatsApp 2026 draws emoji as images in the composer (a Lexical decorator).
const emoji = (alt: string) =>
  `<img alt="${alt}" class="emoji" data-lexical-decorator="true" contenteditable="false">`;

describe('reading the composer', () => {
  it.each([
    ['an empty editor', '<p><br></p>', ''],
    ['one line', `<p>${span('Bonjour Karim')}</p>`, 'Bonjour Karim'],
    ['formatted pieces', `<p>${span('Bon')}${span('jour')}</p>`, 'Bonjour'],
    ['Shift+Enter line breaks', `<p>${span('a')}<br>${span('b')}</p>`, 'a\nb'],
    ['a final line break', `<p>${span('a')}<br><br></p>`, 'a\n'],
    ['two paragraphs', `<p>${span('a')}</p><p>${span('b')}</p>`, 'a\n\nb'],
    ['emoji and accents', `<p>${span('Élodie 👋🏽 ça va')}</p>`, 'Élodie 👋🏽 ça va'],
    [
      'emoji drawn as images (2026)',
      `<p>${span('Merci ')}${emoji('🙏')}${span(' Léa')}</p>`,
      'Merci 🙏 Léa',
    ],
    [
      "Lexical's managed line break after a final line break",
      `<p>${span('a')}<br><br data-lexical-managed-linebreak="true"></p>`,
      'a\n',
    ],
    [
      "Lexical's managed line break in an empty paragraph",
      `<p>${span('a')}</p><p><br data-lexical-managed-linebreak="true"></p>`,
      'a\n\n',
    ],
    [
      "Safari's managed image beside the line break",
      `<p>${span('a')}<br><img data-lexical-managed-linebreak="true" alt=""><br data-lexical-managed-linebreak="true"></p>`,
      'a\n',
    ],
  ])('reads %s', (_label, html, text) => {
    expect(mapText(editor(html)).text).toBe(text);
  });

  it('maps text offsets back to DOM ranges, across pieces and line breaks', () => {
    const element = editor(
      `<p>${span('Bonjour ')}${span('Mme Du')}${span('pont')}<br>${span('fin')}</p>`,
    );
    const map = mapText(element);
    expect(map.text).toBe('Bonjour Mme Dupont\nfin');
    expect(rangeFor(map, 8, 18)?.toString()).toBe('Mme Dupont');
    expect(rangeFor(map, 19, 22)?.toString()).toBe('fin');
    const startOfSecondLine = rangeFor(map, 19, 19)!;
    expect(startOfSecondLine.startContainer.textContent).toBe('fin');
    expect(rangeFor(map, 0, 99)).toBeNull();
  });

  it('keeps offsets right past emoji images and managed line breaks', () => {
    const element = editor(
      `<p>${span('Salut ')}${emoji('😊')}${span(' Claire Martin')}<br>${span('fin')}<br data-lexical-managed-linebreak="true"></p>`,
    );
    const map = mapText(element);
    expect(map.text).toBe('Salut 😊 Claire Martin\nfin');
    const name = map.text.indexOf('Claire Martin');
    expect(rangeFor(map, name, name + 'Claire Martin'.length)?.toString()).toBe('Claire Martin');
    const fin = map.text.indexOf('fin');
    expect(rangeFor(map, fin, fin + 3)?.toString()).toBe('fin');
    // The emoji itself: a range around its image.
    const around = rangeFor(map, 6, 6 + '😊'.length)!;
    expect(around.cloneContents().querySelector('img')?.alt).toBe('😊');
  });

  it('applies replacements from the end so offsets stay right', () => {
    expect(
      applyReplacements('Karim a écrit à karim@acme.fr', [
        { start: 0, end: 5, text: '[Personne 1]' },
        { start: 16, end: 29, text: '[e-mail]' },
      ]),
    ).toBe('[Personne 1] a écrit à [e-mail]');
  });
});

describe('the open chat', () => {
  it('reads the title attribute, or the text, or says none is open', () => {
    document.body.innerHTML =
      '<div id="main"><header><span title="Camille — mentorat">Camille</span></header></div>';
    expect(readChatTitle(document)).toBe('Camille — mentorat');
    document.body.innerHTML =
      '<div id="main"><header><span dir="auto"> Lucas </span></header></div>';
    expect(readChatTitle(document)).toBe('Lucas');
    document.body.innerHTML = '<div id="side"></div>';
    expect(readChatTitle(document)).toBeNull();
  });

  it('drops the invisible direction marks WhatsApp 2026 puts around names', () => {
    document.body.innerHTML =
      '<div id="main"><header data-testid="conversation-header"><span dir="auto" title="\u2068Camille — mentorat\u2069">\u2068Camille — mentorat\u2069</span></header></div>';
    expect(readChatTitle(document)).toBe('Camille — mentorat');
    document.body.innerHTML =
      '<div id="main"><header><span title="\u202aLucas\u202c \u200eMartin">x</span></header></div>';
    expect(readChatTitle(document)).toBe('Lucas Martin');
  });
});
