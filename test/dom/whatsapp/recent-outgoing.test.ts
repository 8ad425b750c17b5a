// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recentOutgoingTexts } from '@/lib/whatsapp/messages';

// The user's own last messages, read from the page for the guard (never stored).
function bubble(direction: 'in' | 'out', meta: string, text: string): string {
  return `<div role="row"><div class="message-${direction}"><div class="bubble">
    <div class="copyable-text" data-pre-plain-text="${meta}">
      <span dir="ltr" class="selectable-text copyable-text"><span>${text}</span></span>
    </div></div></div></div>`;
}

const NOW = new Date(2026, 11, 2, 9, 12, 30).getTime();

describe('recentOutgoingTexts', () => {
  it('keeps the user’s own messages of the last minutes, oldest first, with their time', () => {
    document.body.innerHTML = `<div id="main">
      ${bubble('out', '[08:40, 02/12/2026] Moi: ', 'bien avant')}
      ${bubble('in', '[09:05, 02/12/2026] Camille: ', 'Bonjour')}
      ${bubble('out', '[09:08, 02/12/2026] Moi: ', 'je suis épuisée')}
      ${bubble('out', '[09:11, 02/12/2026] Moi: ', 'vraiment')}
    </div>`;
    const recent = recentOutgoingTexts(document, NOW - 10 * 60_000, NOW);
    expect(recent.map((m) => m.text)).toEqual(['je suis épuisée', 'vraiment']);
    expect(recent[1].at).toBe(new Date(2026, 11, 2, 9, 11).getTime());
  });

  it('reads a 12-hour clock', () => {
    const now = new Date(2026, 11, 2, 14, 6).getTime();
    document.body.innerHTML = `<div id="main">${bubble('out', '[2:05 PM, 12/2/2026] Me: ', 'hi')}</div>`;
    expect(recentOutgoingTexts(document, now - 60_000, now)).toEqual([
      { text: 'hi', at: new Date(2026, 11, 2, 14, 5).getTime() },
    ]);
  });

  it('a message shown at 23:58 and read after midnight was sent yesterday', () => {
    const now = new Date(2026, 11, 3, 0, 2).getTime();
    document.body.innerHTML = `<div id="main">${bubble('out', '[23:58, 02/12/2026] Moi: ', 'tard')}</div>`;
    expect(recentOutgoingTexts(document, now - 10 * 60_000, now)).toEqual([
      { text: 'tard', at: new Date(2026, 11, 2, 23, 58).getTime() },
    ]);
  });

  it('finds nothing outside an open conversation', () => {
    document.body.innerHTML = bubble('out', '[09:11, 02/12/2026] Moi: ', 'x');
    expect(recentOutgoingTexts(document, 0, NOW)).toEqual([]);
  });

  it('reads every message of a run, when only the first carries the tail (2026 markup)', () => {
    // WhatsApp draws the outgoing tail on the first message of a run only; every outgoing
    // message carries its delivery ticks, here as an svg title.
    const row = (id: string, meta: string, text: string, tail: boolean) =>
      `<div data-id="${id}" data-testid="conv-msg-${id}">
        ${tail ? '<span data-icon="tail-out"></span>' : ''}
        <div data-pre-plain-text="${meta}"><span data-testid="selectable-text">${text}</span></div>
        <svg><title>wds-ic-delivered</title></svg>
      </div>`;
    document.body.innerHTML = `<div id="main">
      ${row('a', '[09:08, 02/12/2026] Moi: ', 'je suis épuisée', true)}
      ${row('b', '[09:10, 02/12/2026] Moi: ', 'vraiment', false)}
      ${row('c', '[09:11, 02/12/2026] Moi: ', 'je tiens plus', false)}
    </div>`;
    expect(recentOutgoingTexts(document, NOW - 10 * 60_000, NOW).map((m) => m.text)).toEqual([
      'je suis épuisée',
      'vraiment',
      'je tiens plus',
    ]);
  });
});
