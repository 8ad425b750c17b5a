// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readChatTitle } from '@/lib/whatsapp/chat';

// The open chat's title, and never a group's subtitle (its member list, a span[title] too).

afterEach(() => {
  document.body.innerHTML = '';
});

const AVATAR = '<div class="avatar" aria-hidden="true">É</div>';
const MEMBERS =
  '<div><span title="Camille, Lucas, Nadia, Vous">Camille, Lucas, Nadia, Vous</span></div>';

function header(inner: string, attrs = ''): void {
  document.body.innerHTML = `<div id="main"><header ${attrs}>${inner}</header></div>`;
}

describe('the open chat’s title', () => {
  it('2025: a group’s title, not its member list', () => {
    header(
      `${AVATAR}<div><div><span dir="auto" title="Équipe projet">Équipe projet</span></div>${MEMBERS}</div>`,
    );
    expect(readChatTitle(document)).toBe('Équipe projet');
  });

  it('2025, title drawn in markup Cadre does not know: unreadable, the member list is not it', () => {
    header(`${AVATAR}<div><div class="header-title">Équipe projet</div>${MEMBERS}</div>`);
    expect(readChatTitle(document)).toBeNull();
  });

  it('2026: the subtitle is named, and the title’s direction marks are dropped', () => {
    header(
      `${AVATAR}<div><div><span dir="auto" title="\u2068Équipe projet\u2069">\u2068Équipe projet\u2069</span></div>
       <div data-testid="chat-subtitle"><span title="Camille, Lucas">Camille, Lucas</span></div></div>`,
      'data-testid="conversation-header"',
    );
    expect(readChatTitle(document)).toBe('Équipe projet');
  });
});
