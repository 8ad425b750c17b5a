// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markupSkeleton, maskValue } from '@/lib/whatsapp/skeleton';

// A WhatsApp Web page full of names, numbers and messages, in the 2025 and 2026 markup.
const PAGE = `
<div id="app">
  <div id="side">
    <input type="text" role="textbox" aria-label="Rechercher Camille" placeholder="Rechercher">
    <div id="pane-side"><div role="grid" aria-label="Liste des discussions" aria-rowcount="2">
      <div role="row" aria-selected="true">
        <div data-testid="cell-frame-title"><span dir="auto" title="\u2068Camille Dupont\u2069">\u2068Camille Dupont\u2069</span></div>
        <span>+33 6 12 34 56 78 rappelle-moi</span>
      </div>
      <div role="row" aria-selected="false">
        <span title="Maître Lefebvre">Maître Lefebvre</span><img alt="Lefebvre portrait" src="https://pps.whatsapp.net/v/t61/334455.jpg">
      </div>
    </div></div>
  </div>
  <div id="main">
    <header data-testid="conversation-header"><span dir="auto" title="Camille Dupont">Camille Dupont</span>
      <div data-testid="chat-subtitle"><span title="en ligne">en ligne</span></div></header>
    <div role="application" data-virtualized="true">
      <div role="row"><div data-id="false_33612345678@c.us_3EB0C767D26A1D2E" data-testid="conv-msg-false_33612345678@c.us_3EB0C767D26A1D2E" class="message-in _ak8l x1n2onr6">
        <span data-icon="tail-in"></span>
        <span aria-label="Camille Dupont :"></span>
        <div class="copyable-text" data-pre-plain-text="[10:02, 01/12/2026] Camille Dupont: ">
          <span data-testid="selectable-text" class="selectable-text copyable-text" dir="ltr"><span>Mon IBAN FR7630006000011234567890189, écris à camille.dupont@exemple.fr</span><img alt="😊" class="emoji"></span>
        </div>
        <a href="https://wa.me/33612345678">wa.me/33612345678</a>
      </div></div>
      <div role="row"><div data-id="true_33612345678@c.us_3EB0AAAA" data-testid="conv-msg-true_33612345678@c.us_3EB0AAAA" id="3EB0AAAA">
        <span aria-label="Vous :"></span><span data-testid="selectable-text">Rendez-vous 12 rue des Lilas 75011 Paris</span>
        <span aria-label="Lu"><svg viewBox="0 0 16 16"><title>wds-ic-read</title><path d="M1 1"></path></svg></span>
      </div></div>
    </div>
    <footer>
      <div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true" aria-label="Écrire à Camille Dupont" data-testid="conversation-compose-box-input">
        <p><span data-lexical-text="true">Brouillon pour Jean-Michel Durand 0612345678</span><br data-lexical-managed-linebreak="true"></p>
      </div>
      <button data-tab="11" aria-label="Envoyer"><svg><title>wds-ic-send-filled</title></svg></button>
      <input type="file" accept="image/*">
    </footer>
  </div>
  <div role="dialog" aria-modal="true" aria-label="Aperçu de facture-Dupont.pdf">
    <div data-testid="media-editor-canvas"><img src="blob:https://web.whatsapp.com/1234-5678" alt="facture-Dupont.pdf"></div>
    <div data-testid="media-caption-input-container"><div contenteditable="true" data-tab="undefined" data-lexical-editor="true"></div></div>
    <div role="button" aria-label="Envoyer 1 sélectionné"><span data-icon="wds-ic-send-filled"></span></div>
  </div>
</div>`;

function page(): Element {
  document.body.innerHTML = PAGE;
  return document.getElementById('app')!;
}

describe('markup skeleton', () => {
  it('holds none of the page’s text, names, numbers, links or ids', () => {
    const root = page();
    const skeleton = markupSkeleton(root);
    // Every word of every text node, and every value of an attribute that carries text.
    const secrets = new Set<string>();
    const add = (value: string | null) => {
      for (const word of (value ?? '').split(/[\s,:;[\]()/@.+]+/)) {
        if (word.replace(/\p{Cf}/gu, '').length >= 3) secrets.add(word.replace(/\p{Cf}/gu, ''));
      }
    };
    // Text nodes, but an svg icon's title: that one is markup, and kept.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('svg')) add(node.textContent);
    }
    for (const element of root.querySelectorAll('*')) {
      for (const name of [
        'title',
        'alt',
        'src',
        'href',
        'placeholder',
        'aria-label',
        'data-id',
        'data-pre-plain-text',
        'id',
      ]) {
        const value = element.getAttribute(name);
        // The ids that name parts of the page (#app, #main, #side) are structure.
        if (name === 'id' && ['app', 'main', 'side', 'pane-side'].includes(value ?? '')) continue;
        add(value);
      }
    }
    // The page's words that are also markup words (the icon name "wds-ic-read") stay out of this list.
    expect(secrets.size).toBeGreaterThan(40);
    const tokens = new Set(skeleton.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    for (const secret of secrets) {
      expect(tokens.has(secret.toLowerCase()), secret).toBe(false);
      if (secret.length >= 5) expect(skeleton, secret).not.toContain(secret);
    }
    expect(skeleton).not.toMatch(/\d{3,}/);
    expect(skeleton).not.toMatch(/[A-Z]/);
    expect(skeleton).not.toContain('😊');
  });

  it('keeps the structure the replica is built from', () => {
    const skeleton = markupSkeleton(page());
    for (const part of [
      'div id="app"',
      'header data-testid="conversation-header"',
      'div data-id data-testid="conv-msg-false_…" class="message-in"',
      'class="message-in"',
      'span data-icon="tail-in"',
      'span aria-label',
      'div data-pre-plain-text class="copyable-text"',
      'svg viewbox title-text="wds-ic-read"',
      'div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true" aria-label data-testid="conversation-compose-box-input"',
      'br data-lexical-managed-linebreak="true"',
      'button data-tab="11" aria-label',
      'input type="file" accept="image/*"',
      'div role="dialog" aria-modal="true" aria-label',
      'div data-testid="media-caption-input-container"',
      'div contenteditable="true" data-tab="undefined"',
    ]) {
      expect(skeleton).toContain(part);
    }
  });

  it('masks what is not a markup word in a value', () => {
    expect(maskValue('conv-msg-false_33612345678@c.us_3EB0')).toBe('conv-msg-false_…');
    expect(maskValue('media-editor-canvas')).toBe('media-editor-canvas');
    expect(maskValue('Camille')).toBe('…');
  });
});
