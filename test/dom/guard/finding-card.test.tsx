// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '@/components/guard/FindingCard';
import { guardState } from '@/entrypoints/whatsapp.content/features/guard-state';
import { createSession } from '@/entrypoints/whatsapp.content/session';
import type { Finding } from '@/lib/detect';
import { translator } from '@/lib/i18n';

afterEach(cleanup);

const finding = (type: Finding['type'], text: string): Finding => ({
  start: 0,
  end: text.length,
  type,
  text,
  score: 0.9,
  reason: 'raison',
  reasonEn: 'reason',
});

function renderCard(found: Finding) {
  const props = {
    onAnonymize: vi.fn(),
    onIgnore: vi.fn(),
    onAllow: vi.fn(),
    onIgnoreInChat: vi.fn(),
  };
  render(
    <FindingCard
      t={translator('fr')}
      lang="fr"
      finding={found}
      placeholder="[X]"
      rect={new DOMRect(10, 200, 50, 20)}
      {...props}
    />,
  );
  return props;
}

describe('the finding card’s choices', () => {
  it.each([
    ['PERSON', 'Claire Martin'],
    ['ORG', 'Acme'],
  ] as const)('offers "Toujours autoriser" for a %s', (type, text) => {
    const props = renderCard(finding(type, text));
    screen.getByRole('button', { name: 'Toujours autoriser ce mot' }).click();
    expect(props.onAllow).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Ignorer dans cette conversation' })).toBeNull();
  });

  it.each([
    ['IBAN', 'FR76 3000 6000 0112 3456 7890 189'],
    ['EMAIL', 'claire@example.fr'],
    ['PHONE', '06 12 34 56 78'],
    ['NIR', '1 85 05 78 006 084 36'],
    ['CARD', '4970 1012 3456 7890'],
  ] as const)('offers only "Ignorer dans cette conversation" for an %s', (type, text) => {
    const props = renderCard(finding(type, text));
    expect(screen.queryByRole('button', { name: 'Toujours autoriser ce mot' })).toBeNull();
    screen.getByRole('button', { name: 'Ignorer dans cette conversation' }).click();
    expect(props.onIgnoreInChat).toHaveBeenCalledOnce();
    expect(props.onAllow).not.toHaveBeenCalled();
  });
});

describe('ignoring an identifier in one chat', () => {
  const TEXT = 'Mon IBAN : FR76 3000 6000 0112 3456 7890 189';

  it('holds for that chat, across messages, and nowhere else', () => {
    const session = createSession();
    session.set({ chat: 'Camille — mentorat' });
    const guard = guardState(session);
    const [iban] = guard.analyze(TEXT).findings.filter((found) => found.type === 'IBAN');
    expect(iban).toBeDefined();
    guard.ignoreInChat(iban);
    expect(guard.analyze(TEXT).findings.some((found) => found.type === 'IBAN')).toBe(false);
    // A new message begins: "ignore once" is forgotten, this is not.
    guard.resetIgnored();
    expect(guard.analyze(TEXT).findings.some((found) => found.type === 'IBAN')).toBe(false);
    session.set({ chat: 'Famille' });
    expect(guard.analyze(TEXT).findings.some((found) => found.type === 'IBAN')).toBe(true);
  });
});
