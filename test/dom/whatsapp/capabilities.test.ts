// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  missingCapabilities,
  previewMissing,
  readCapabilities,
  unknownCapabilities,
} from '@/lib/whatsapp/capabilities';
import { observeSendAttempts, type SendAttempt } from '@/lib/whatsapp/send-attempts';

// Per-capability health against fixture markup: what Cadre recognises, by which
// alternative, and what it holds when it does not recognise the send control.

afterEach(() => {
  document.body.innerHTML = '';
});

const composer = (text: string) =>
  `<div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true"><p>${text}</p></div>`;

/** A chat; `send` is what the footer's last button holds (no label: only its icon tells). */
function page({ text = '', send = '<span data-icon="send"></span>', messages = '' } = {}) {
  document.body.innerHTML = `
    <div id="side"></div>
    <div id="main">
      <header><span dir="auto" title="Camille">Camille</span></header>
      <div role="application">${messages}</div>
      <footer>
        <button aria-haspopup="menu" aria-label="Joindre"><span data-icon="plus"></span></button>
        ${composer(text)}
        <button class="send">${send}</button>
      </footer>
    </div>`;
}

/**
 * happy-dom does not apply `:not(footer *)`, so the caption's last alternative would take
 * the footer's editor for a caption; the footer's editor loses its Lexical marker here.
 */
function footerEditorUnmarked() {
  document.querySelector('footer [contenteditable]')!.removeAttribute('data-lexical-editor');
}

describe('what Cadre recognises on the page', () => {
  it('names the alternative that matched, part by part', () => {
    page({
      text: 'Bonjour',
      messages: '<div role="row"><div class="message-in"><span>Salut</span></div></div>',
    });
    footerEditorUnmarked();
    const capabilities = readCapabilities(document, unknownCapabilities());
    expect(capabilities.composer.health).toBe('ok');
    expect(capabilities.composer.matched).toMatch(/^composer: .*contenteditable/);
    expect(capabilities.sendControl).toEqual({
      health: 'ok',
      matched:
        'sendControl: button:has(span[data-icon="send"]), [role="button"]:has(span[data-icon="send"])',
    });
    expect(capabilities.messages.health).toBe('ok');
    // No file came in yet: the preview has not been seen, which is not a fault.
    expect(capabilities.attachments.health).toBe('unknown');
    expect(missingCapabilities(capabilities)).toEqual([]);
  });

  it('judges the send control only once text is typed, and keeps the verdict', () => {
    page({ text: '', send: '<span data-icon="ptt"></span>' });
    const empty = readCapabilities(document, unknownCapabilities());
    expect(empty.sendControl.health).toBe('unknown');

    page({ text: 'Bonjour', send: '<svg><title>icon-we-do-not-know</title></svg>' });
    const typed = readCapabilities(document, empty);
    expect(typed.sendControl).toEqual({ health: 'missing', matched: null });

    page({ text: '', send: '<span data-icon="ptt"></span>' });
    expect(readCapabilities(document, typed).sendControl.health).toBe('missing');
    expect(missingCapabilities(readCapabilities(document, typed))).toEqual(['sendControl']);
  });

  it('rows Cadre cannot read as messages: incoming messages are missing', () => {
    page({ messages: '<div role="row"><div class="bubble">Salut</div></div>' });
    expect(readCapabilities(document, unknownCapabilities()).messages.health).toBe('missing');
    // Messages Cadre knows, none incoming on screen (only the person's own): not a fault.
    page({ messages: '<div role="row"><div data-id="true_x1">Bonjour</div></div>' });
    expect(readCapabilities(document, unknownCapabilities()).messages.health).toBe('unknown');
    page({ messages: '' });
    expect(readCapabilities(document, unknownCapabilities()).messages.health).toBe('unknown');
  });

  it('a preview Cadre could not find stays missing until one is seen', () => {
    page();
    footerEditorUnmarked();
    const missing = previewMissing(unknownCapabilities());
    expect(readCapabilities(document, missing).attachments.health).toBe('missing');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog">${composer('légende')}<div role="button"><span data-icon="send"></span></div></div>`,
    );
    const seen = readCapabilities(document, missing).attachments;
    expect(seen.health).toBe('ok');
    expect(seen.matched).toMatch(/^captionComposer: /);
  });
});

describe('a send control Cadre does not recognise', () => {
  it('any button of the composer’s footer counts as one; menu openers do not', () => {
    page({ text: 'Bonjour', send: '<svg><title>icon-we-do-not-know</title></svg>' });
    const decide = vi.fn((_attempt: SendAttempt) => 'hold' as const);
    const observer = observeSendAttempts(window, decide);
    const send = document.querySelector<HTMLElement>('footer button.send')!;
    const clicked = vi.fn();
    send.addEventListener('click', clicked);

    send.click();
    expect(decide).toHaveBeenCalledOnce();
    expect(decide.mock.calls[0]).toMatchObject([{ via: 'button', button: send }]);
    // Held: the page's own handler never saw the click.
    expect(clicked).not.toHaveBeenCalled();

    document.querySelector<HTMLElement>('footer button[aria-haspopup]')!.click();
    expect(decide).toHaveBeenCalledOnce();

    // A release clicks the very button that was held.
    observer.release(decide.mock.calls[0][0]);
    expect(clicked).toHaveBeenCalledOnce();
    observer.stop();
  });

  it('with a recognised send control, other footer buttons are left alone', () => {
    page({ text: 'Bonjour' });
    const decide = vi.fn((_attempt: SendAttempt) => 'allow' as const);
    const observer = observeSendAttempts(window, decide);
    document.querySelector<HTMLElement>('footer button[aria-haspopup]')!.click();
    expect(decide).not.toHaveBeenCalled();
    document.querySelector<HTMLElement>('footer button.send')!.click();
    expect(decide).toHaveBeenCalledOnce();
    observer.stop();
  });

  it('Ctrl, Alt and ⌘ with Enter are attempts; Shift+Enter is a line break', () => {
    page({ text: 'Bonjour' });
    const decide = vi.fn((_attempt: SendAttempt) => 'allow' as const);
    const observer = observeSendAttempts(window, decide);
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey', 'shiftKey']) {
      editor.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, [modifier]: true }),
      );
    }
    expect(decide).toHaveBeenCalledTimes(3);
    observer.stop();
  });
});
