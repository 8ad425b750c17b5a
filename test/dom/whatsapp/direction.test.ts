// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readCapabilities, unknownCapabilities } from '@/lib/whatsapp/capabilities';
import { readDirections } from '@/lib/whatsapp/direction';
import { incomingBubbles, recentOutgoingTexts } from '@/lib/whatsapp/messages';

// Who wrote each message, on every way EVIDENCE.md (Messages) says WhatsApp marks it: the
// 2025 classes and id prefixes, the tail on a run's first message, ticks as svg titles or
// as a translated label only, the author's translated label ("Tu:").

afterEach(() => {
  document.body.innerHTML = '';
});

const NOW = new Date(2026, 11, 2, 9, 8, 30).getTime();

interface Row {
  text: string;
  /** What the row carries besides its text: tails, ticks, labels. */
  marks?: string;
  attrs?: string;
}

/** A 2026 message: an opaque id, no class that tells who wrote it. */
function row({ text, marks = '', attrs = '' }: Row, index: number): string {
  const id = `3A${String(index).padStart(18, '0')}`;
  return `<div data-id="${id}" data-testid="conv-msg-${id}" ${attrs}>${marks}
    <div data-pre-plain-text="[09:0${index}, 02/12/2026] X: "><span data-testid="selectable-text">${text}</span></div>
  </div>`;
}

function chat(rows: Row[]): void {
  document.body.innerHTML = `<div id="side"></div><div id="main">
    <header><span dir="auto" title="Camille">Camille</span></header>
    <div role="application">${rows.map((r, i) => `<div role="row">${row(r, i)}</div>`).join('')}</div>
  </div>`;
}

const directions = () => readDirections(document).map((m) => m.direction);
const TAIL_IN = '<span data-icon="tail-in"></span>';
const TAIL_OUT = '<span data-icon="tail-out"></span>';
const label = (text: string) => `<span aria-label="${text}"></span>`;

describe('who wrote each message', () => {
  it('2025: the direction class or the id prefix', () => {
    document.body.innerHTML = `<div id="main">
      <div class="message-in" data-id="false_1"><span>a</span></div>
      <div data-id="true_2"><span>b</span></div>
      <div class="message-out"><span>c</span></div>
    </div>`;
    expect(directions()).toEqual(['in', 'out', 'out']);
  });

  it('2026-08: the tail on a run’s first message, ticks as svg titles on each own one', () => {
    chat([
      { text: 'Bonjour', marks: TAIL_IN },
      { text: 'je suis épuisée', marks: `${TAIL_OUT}<svg><title>wds-ic-read</title></svg>` },
      { text: 'vraiment', marks: '<svg><title>wds-ic-delivered</title></svg>' },
    ]);
    expect(directions()).toEqual(['in', 'out', 'out']);
  });

  it('2026-07 (the catalogue): ticks only as a translated label, the author label on a block’s first', () => {
    chat([
      { text: 'Ciao', marks: `${TAIL_IN}${label('Camille:')}` },
      { text: 'come va?', marks: '' },
      { text: 'sono stanca', marks: `${TAIL_OUT}${label('Tu:')}${label(' Letto ')}` },
      { text: 'davvero', marks: label(' Consegnato ') },
      { text: 'non ce la faccio', marks: label(' In attesa ') },
    ]);
    expect(directions()).toEqual(['in', 'in', 'out', 'out', 'out']);
    expect(recentOutgoingTexts(document, NOW - 10 * 60_000, NOW).map((m) => m.text)).toEqual([
      'sono stanca',
      'davvero',
      'non ce la faccio',
    ]);
    expect(incomingBubbles(document).map((m) => m.textContent?.trim())).toEqual([
      'Ciao',
      'come va?',
    ]);
  });

  it('a message in the middle of a run continues it, whatever language its ticks speak', () => {
    chat([
      { text: 'a', marks: TAIL_OUT },
      { text: 'b', marks: label('Dostarczono') },
      { text: 'c', marks: TAIL_IN },
      { text: 'd' },
    ]);
    expect(readDirections(document).map((m) => [m.direction, m.by])).toEqual([
      ['out', 'signs'],
      ['out', 'run'],
      ['in', 'signs'],
      ['in', 'run'],
    ]);
  });

  it('the translated labels alone, with no tail anywhere, still tell', () => {
    chat([
      { text: 'a', marks: label('Camille :') },
      { text: 'b', marks: `${label('Vous :')}${label('Distribué')}` },
      { text: 'c', marks: label('Delivered') },
    ]);
    expect(directions()).toEqual(['in', 'out', 'out']);
  });

  it('signs that contradict each other, or none at all, leave it unknown', () => {
    chat([{ text: 'a', marks: `${TAIL_IN}${label('Tu:')}` }, { text: 'b' }]);
    // b has no sign and the message before it is unknown: it cannot continue a run.
    expect(directions()).toEqual(['unknown', 'unknown']);
    // No tails drawn anywhere: a message without signs does not continue anything.
    chat([{ text: 'a', marks: label('Delivered') }, { text: 'b' }]);
    expect(directions()).toEqual(['out', 'unknown']);
  });

  it('the first message of a virtualised list, cut from its run, is unknown', () => {
    chat([{ text: 'a' }, { text: 'b', marks: TAIL_IN }, { text: 'c', marks: TAIL_OUT }]);
    expect(directions()).toEqual(['unknown', 'in', 'out']);
  });

  it('a quoted message inside a reply belongs to the reply', () => {
    chat([
      {
        text: 'oui',
        marks: `${TAIL_IN}<div data-id="true_quoted"><span>ma question</span></div>`,
      },
    ]);
    expect(directions()).toEqual(['in']);
  });
});

describe('when Cadre cannot tell who wrote a message', () => {
  it('reads it as possibly the user’s, for the guard, and as possibly received', () => {
    chat([{ text: 'je suis épuisée' }, { text: 'vraiment' }, { text: 'Salut', marks: TAIL_IN }]);
    expect(recentOutgoingTexts(document, NOW - 10 * 60_000, NOW).map((m) => m.text)).toEqual([
      'je suis épuisée',
      'vraiment',
    ]);
    expect(incomingBubbles(document)).toHaveLength(3);
  });

  it('says so: sent messages are missing; told apart, they are ok and named by their signs', () => {
    chat([{ text: 'je suis épuisée' }, { text: 'Salut', marks: TAIL_IN }]);
    const unsure = readCapabilities(document, unknownCapabilities());
    expect(unsure.sentMessages).toEqual({ health: 'missing', matched: null });
    expect(unsure.messages.health).toBe('ok');

    chat([
      { text: 'Salut', marks: TAIL_IN },
      { text: 'merci', marks: `${TAIL_OUT}${label('Consegnato')}` },
      { text: 'à jeudi', marks: label('Consegnato') },
    ]);
    const sure = readCapabilities(document, unknownCapabilities()).sentMessages;
    expect(sure.health).toBe('ok');
    expect(sure.matched).toContain('outgoingSignal: [data-icon="tail-out"]');
    expect(sure.matched).toContain('incomingSignal: [data-icon="tail-in"]');
  });

  it('rows it cannot read as messages at all: sent messages are missing too', () => {
    document.body.innerHTML = `<div id="main"><div role="application">
      <div role="row"><div class="bubble">Salut</div></div></div></div>`;
    const capabilities = readCapabilities(document, unknownCapabilities());
    expect(capabilities.sentMessages.health).toBe('missing');
    expect(capabilities.messages.health).toBe('missing');
    document.body.innerHTML = '<div id="main"><div role="application"></div></div>';
    expect(readCapabilities(document, unknownCapabilities()).sentMessages.health).toBe('unknown');
  });
});
