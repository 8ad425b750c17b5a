// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  editorRoot,
  readText,
  replaceRanges,
  type ReplaceStrategy,
  type Strategy,
} from '@/lib/whatsapp/composer';

// How replaceRanges goes from one strategy to the next. The strategies here write the DOM
// directly (happy-dom has no Lexical); test/e2e/selectors.e2e.ts runs the real ones on
// the replica's Lexical editor.

function editor(text: string): HTMLElement {
  document.body.innerHTML = `<div class="shown"><div contenteditable="true" data-lexical-editor="true"><p><span data-lexical-text="true">${text}</span></p></div></div>`;
  return document.querySelector<HTMLElement>('[data-lexical-editor]')!;
}

const write = (element: HTMLElement, text: string) => {
  element.querySelector('span')!.textContent = text;
};

const writes: Strategy = async (element, _replacements, expected) => write(element, expected);
const ignored: Strategy = async () => undefined;
const throws: Strategy = async () => {
  throw new Error('the editor refused');
};

const named = (name: ReplaceStrategy, run: Strategy) => ({ name, run });
const REPLACE = [{ start: 8, end: 14, text: '[Personne 1]' }];

describe('replacing text, strategy after strategy', () => {
  it('keeps the first strategy that gives exactly the expected text', async () => {
    const element = editor('Bonjour Claire');
    const result = await replaceRanges(element, REPLACE, [
      named('ranges', writes),
      named('whole-text', throws),
    ]);
    expect(result).toEqual({ ok: true, text: 'Bonjour [Personne 1]', strategy: 'ranges' });
  });

  it('tries the second strategy when the first is ignored or throws', async () => {
    for (const first of [ignored, throws]) {
      const element = editor('Bonjour Claire');
      const result = await replaceRanges(element, REPLACE, [
        named('ranges', first),
        named('whole-text', writes),
      ]);
      expect(result).toMatchObject({ ok: true, strategy: 'whole-text' });
      expect(readText(element)).toBe('Bonjour [Personne 1]');
    }
  });

  it('reports a failure, the original text still there, when every strategy fails', async () => {
    const element = editor('Bonjour Claire');
    const result = await replaceRanges(element, REPLACE, [
      named('ranges', ignored),
      named('whole-text', throws),
    ]);
    expect(result).toEqual({
      ok: false,
      text: 'Bonjour Claire',
      reason: 'threw',
      restored: true,
    });
  });

  it('edits the editor’s own root, not the element that shows it', async () => {
    const element = editor('Bonjour Claire');
    const shown = document.querySelector<HTMLElement>('.shown')!;
    expect(editorRoot(shown)).toBe(element);
    expect(editorRoot(element.querySelector('span')!)).toBe(element);
    const result = await replaceRanges(shown, REPLACE, [named('ranges', writes)]);
    expect(result.ok).toBe(true);
  });
});
