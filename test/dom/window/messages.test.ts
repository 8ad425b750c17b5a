// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readIncomingMessages } from '@/lib/whatsapp/messages';

// Bubbles as WhatsApp draws them (and the replica mirrors).
function bubble(direction: 'in' | 'out', meta: string, text: string): string {
  return `<div role="row"><div class="message-${direction}"><div class="bubble">
    <div class="copyable-text" data-pre-plain-text="${meta}">
      <span dir="ltr" class="selectable-text copyable-text"><span>${text}</span></span>
    </div></div></div></div>`;
}

describe('reading incoming messages', () => {
  it('reads the text and who wrote it when, incoming only, oldest first', () => {
    document.body.innerHTML = `<div id="main">
      ${bubble('in', '[09:00, 02/12/2026] Camille: ', 'Bonjour')}
      ${bubble('out', '[09:05, 02/12/2026] Moi: ', 'Bonjour Camille')}
      ${bubble('in', '[09:10, 02/12/2026] Camille: ', 'Mes disponibilités\n[cadre:v1:abc:0000abcd]')}
    </div>`;
    const messages = readIncomingMessages(document);
    expect(messages.map(({ text, meta }) => ({ text, meta }))).toEqual([
      { text: 'Bonjour', meta: '[09:00, 02/12/2026] Camille' },
      { text: 'Mes disponibilités\n[cadre:v1:abc:0000abcd]', meta: '[09:10, 02/12/2026] Camille' },
    ]);
  });

  it('keeps the newest ones only', () => {
    document.body.innerHTML = `<div id="main">${Array.from({ length: 5 }, (_v, i) =>
      bubble('in', `[09:0${i}, 02/12/2026] C: `, `m${i}`),
    ).join('')}</div>`;
    expect(readIncomingMessages(document, 2).map((m) => m.text)).toEqual(['m3', 'm4']);
  });

  it('finds nothing outside an open conversation', () => {
    document.body.innerHTML = bubble('in', '[09:00, 02/12/2026] C: ', 'x');
    expect(readIncomingMessages(document)).toEqual([]);
  });
});
