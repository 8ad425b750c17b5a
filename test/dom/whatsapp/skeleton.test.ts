// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markupSkeleton } from '@/lib/whatsapp/skeleton';

describe('the markup skeleton', () => {
  it('keeps structure and anchors, and none of the page’s text', () => {
    document.body.innerHTML = `
      <div id="main">
        <header data-testid="conversation-header"><span title="Claire Martin" dir="auto">Claire Martin</span></header>
        <div data-id="false_33612345678@c.us_ABC" data-testid="conv-msg-false_33612345678@c.us_ABC" role="row">
          <div data-pre-plain-text="[10:00, 02/12/2026] Claire Martin: "><span class="selectable-text">IBAN FR76 3000 6000 0112 3456 7890 189</span></div>
        </div>
        <footer><div contenteditable="true" role="textbox" data-tab="10" aria-label="Écrire à Claire Martin"><p>claire@exemple.fr</p></div>
          <button data-tab="11" aria-label="Envoyer"><svg><title>wds-ic-send-filled</title></svg></button>
        </footer>
      </div>`;
    const skeleton = markupSkeleton(document.body);
    for (const secret of [
      'Claire',
      'Martin',
      '3361',
      'FR76',
      'exemple',
      'Écrire',
      'Envoyer',
      '10:00',
    ]) {
      expect(skeleton).not.toContain(secret);
    }
    expect(skeleton).toContain('header data-testid=conversation-header');
    expect(skeleton).toContain('data-testid=conv-msg-…');
    expect(skeleton).toContain('div role=textbox data-tab=10 contenteditable=true aria-label');
    expect(skeleton).toContain('div id=main');
    expect(skeleton).toMatch(/div role=row data-testid=conv-msg-… data-id\n/);
    expect(skeleton).toContain('title text=wds-ic-send-filled');
  });
});
