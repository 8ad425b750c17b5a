// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendPanel, type SendPanelProps } from '@/components/guard/SendPanel';
import { anonymize } from '@/lib/anonymize';
import type { Finding } from '@/lib/detect';
import { translator } from '@/lib/i18n';

/** A click as a person makes it: the decisive buttons ignore untrusted events. */
function personClick(element: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

const TEXT = "J'ai revu Claire Martin hier.";
const FINDINGS: Finding[] = [
  {
    start: 10,
    end: 23,
    type: 'PERSON',
    text: 'Claire Martin',
    score: 0.9,
    reason: 'nom et prénom',
    reasonEn: 'full name',
  },
];

function renderPanel(overrides: Partial<SendPanelProps> = {}) {
  const { text, replacements } = anonymize(TEXT, FINDINGS, 'fr');
  const props: SendPanelProps = {
    t: translator('fr'),
    lang: 'fr',
    findings: FINDINGS,
    replacements,
    anonymized: text,
    original: TEXT,
    status: 'ready',
    anchor: null,
    onAnonymize: vi.fn(),
    onEdit: vi.fn(),
    onSendAnyway: vi.fn(),
    ...overrides,
  };
  render(<SendPanel {...props} />);
  return props;
}

afterEach(cleanup);

describe('SendPanel', () => {
  it('is a labelled alertdialog with the three buttons, Modifier focused', () => {
    renderPanel();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('cadre-send-title');
    expect(screen.getByText('Avant d’envoyer : 1 élément à vérifier').id).toBe('cadre-send-title');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Anonymiser et envoyer',
      'Modifier',
      'Envoyer quand même',
    ]);
    expect(document.activeElement?.textContent).toBe('Modifier');
  });

  it('Escape means Modifier; a held-down Enter does nothing', () => {
    const props = renderPanel();
    const dialog = screen.getByRole('alertdialog');
    const repeat = new KeyboardEvent('keydown', {
      key: 'Enter',
      repeat: true,
      bubbles: true,
      cancelable: true,
    });
    dialog.dispatchEvent(repeat);
    expect(repeat.defaultPrevented).toBe(true);
    expect(props.onAnonymize).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(props.onEdit).toHaveBeenCalledOnce();
  });

  it('sends the untouched preview as unedited, an edited one as edited', () => {
    const props = renderPanel();
    const preview = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(preview.value).toBe("J'ai revu [Personne 1] hier.");
    fireEvent.click(screen.getByText('Anonymiser et envoyer'));
    expect(props.onAnonymize, 'a script’s click sends nothing').not.toHaveBeenCalled();
    personClick(screen.getByText('Anonymiser et envoyer'));
    expect(props.onAnonymize).toHaveBeenLastCalledWith("J'ai revu [Personne 1] hier.", false);
    fireEvent.input(preview, { target: { value: "J'ai revu quelqu'un hier." } });
    expect(
      screen.getByText('Vous avez retouché l’aperçu : c’est ce texte qui partira.'),
    ).toBeTruthy();
    personClick(screen.getByText('Anonymiser et envoyer'));
    expect(props.onAnonymize).toHaveBeenLastCalledWith("J'ai revu quelqu'un hier.", true);
  });

  it('says so when the replacement could not be verified', () => {
    renderPanel({ status: 'failed' });
    expect(screen.getByRole('alert').textContent).toContain('Rien n’a été envoyé');
  });

  it('speaks English', () => {
    renderPanel({ t: translator('en'), lang: 'en', anonymized: "J'ai revu [Person 1] hier." });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Anonymize and send',
      'Edit',
      'Send anyway',
    ]);
  });

  it('gives the original words back when WhatsApp lost them, and sends nothing', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void writes.push(text) },
    });
    const props = renderPanel({ status: 'altered' });
    expect(screen.getByRole('alert').textContent).toContain('ni y remettre votre message');
    const original = screen.getByLabelText('Votre message d’origine') as HTMLTextAreaElement;
    expect(original.value).toBe(TEXT);
    expect(original.readOnly).toBe(true);
    const sendButtons = ['Anonymiser et envoyer', 'Envoyer quand même'].map(
      (name) => screen.getByRole('button', { name }) as HTMLButtonElement,
    );
    expect(sendButtons.map((b) => b.disabled)).toEqual([true, true]);
    sendButtons.forEach(personClick);
    expect(props.onAnonymize).not.toHaveBeenCalled();
    expect(props.onSendAnyway).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Copier le message d’origine' }));
    await screen.findByRole('button', { name: 'Copié' });
    expect(writes).toEqual([TEXT]);
  });
});
