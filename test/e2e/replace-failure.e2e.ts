import { afterEach, describe, expect, it } from 'vitest';
import {
  composerText,
  guardPanel,
  launchWatched,
  pasteInComposer,
  RISKY,
  SLOW,
} from './guard-helpers';
import { screenshot, type CadreSession } from './harness';

// When WhatsApp's editor takes no text from Cadre as given (Harper #2559 on the real site:
// a replacement lands over the whole box), nothing is sent, and if even the person's own
// message cannot be put back, the panel hands it to them.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('an editor that spoils every text put in by a script', () => {
  it('sends nothing and gives the person their original words to copy', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, RISKY);
    // From now on the editor adds a stray character after any text a script puts in,
    // Cadre's replacements and its putting back of the original alike.
    await page.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('#main footer [data-tab="10"]')!;
      let busy = false;
      const spoil = () => {
        if (busy) return;
        setTimeout(() => {
          busy = true;
          document.execCommand('insertText', false, '§');
          busy = false;
        }, 0);
      };
      editor.addEventListener('paste', spoil, true);
      editor.addEventListener('input', (event) => {
        if ((event as InputEvent).inputType.startsWith('insert')) spoil();
      });
    });
    await page.keyboard.press('Enter');
    const panel = guardPanel(page).filter({ hasText: 'Anonymiser et envoyer' });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Anonymiser et envoyer' }).click();

    await panel.getByText('ni y remettre votre message').waitFor(SLOW);
    expect(await panel.getByLabel('Votre message d’origine').inputValue()).toBe(RISKY);
    expect(await composerText(page)).not.toBe(RISKY);
    expect(await session.sent()).toEqual([]);
    await expect(
      panel.getByRole('button', { name: 'Envoyer quand même' }).isDisabled(),
    ).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Copier le message d’origine' }).click();
    // Copied, or selected for the person's own Ctrl+C where the page has no clipboard.
    await panel
      .getByRole('button', { name: 'Copié' })
      .or(panel.getByText('Le texte est sélectionné'))
      .waitFor();
    await screenshot(page, 'guard-original-given-back');
    expect(await session.sent()).toEqual([]);
  });
});
