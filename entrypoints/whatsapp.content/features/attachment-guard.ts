import { h } from 'preact';
import { AttachmentPanel } from '@/components/guard/AttachmentPanel';
import { PhotoReminder } from '@/components/guard/PhotoReminder';
import { UnseenFilesPanel } from '@/components/guard/UnseenFilesPanel';
import {
  classifyFile,
  closeMediaPreview,
  isMediaPreviewOpen,
  needsDimensions,
  readImageSize,
  watchIncomingFiles,
  type AttachmentKind,
  type FileFacts,
  type IncomingFiles,
} from '@/lib/whatsapp/attachments';
import {
  findComposers,
  findMainComposer,
  readText,
  replaceRanges,
  type Composer,
} from '@/lib/whatsapp/composer';
import { previewMissing } from '@/lib/whatsapp/capabilities';
import type { CadreEnv } from '../session';
import type { Feature } from './feature';
import { anchorFor, openPanel } from './guard-panels';
import { logDecision } from './guard-journal';
import { guardState, type PendingFiles } from './guard-state';
import { errorName } from '@/lib/messaging/log';

const REMINDER_SLOT = 'guard-reminder';
const PAGE_SLOT = 'guard-page';
const REMINDER_MS = 6_000;
/** How long a preview may take to close once its files are dealt with. */
const PREVIEW_CLOSING_MS = 2_000;

interface Pending extends PendingFiles {
  kinds: AttachmentKind[];
  names: string[];
}

type Journaled = 'document' | 'screenshot' | 'photo';

/**
 * Rule 2 for files, in watched chats. When files come in (attach menu, drop, paste),
 * WhatsApp opens its media preview as usual; a document or a screenshot gets a warning
 * over it, and the preview's send waits for the answer (the pipeline's attachment stage
 * holds it). Removing closes the preview (nothing sent) and moves any caption back to the
 * composer; keeping lets it go, its caption still checked like any message. Other photos
 * get a discreet reminder. When Cadre cannot find the preview at all, a panel over the
 * whole page holds every send until the person says they checked.
 */
export const attachmentGuard: Feature = {
  name: 'attachment-guard',
  when: (state) => state.protection === 'active',
  setup(env) {
    const { win, doc, session, signal } = env;
    const guard = guardState(session);
    let watch: number | undefined;

    // When Cadre last dealt with files: a preview still closing after that is theirs.
    let filesSettledAt = 0;
    const reset = () => {
      filesSettledAt = Date.now();
      guard.files = null;
      win.clearInterval(watch);
      env.hide(REMINDER_SLOT);
      env.hide(PAGE_SLOT);
    };

    /** Once the files are answered for and their preview has closed, Cadre forgets them. */
    const resetWhenClosed = (current: Pending) => {
      win.clearInterval(watch);
      watch = win.setInterval(() => {
        const settled = current.status === 'warn' || current.status === 'clear';
        if (guard.files === current && settled && !isMediaPreviewOpen(doc)) reset();
      }, 400);
    };

    const onFiles = async ({ files, source }: IncomingFiles) => {
      const facts: FileFacts[] = files.map((file) => ({
        name: file.name,
        type: file.type,
        source,
      }));
      const check = session.get().snapshot?.settings.attachmentCheck !== false;
      const current: Pending = {
        kinds: facts.map(classifyFile),
        names: files.map((file) => file.name),
        status: 'checking',
        held: null,
      };
      guard.files = current;
      resetWhenClosed(current);

      if (check) {
        await Promise.all(
          files.map(async (file, index) => {
            if (!needsDimensions(facts[index])) return;
            const size = await readImageSize(file);
            if (size) current.kinds[index] = classifyFile({ ...facts[index], ...size });
          }),
        );
      }
      if (guard.files !== current) return;
      const caption = await previewComposer(env);
      if (guard.files !== current || signal.aborted) return;
      if (!caption) {
        // Files are in and Cadre cannot see where: it says so and waits for the person.
        session.set((state) => ({ capabilities: previewMissing(state.capabilities) }));
        confirmUnseen(current);
        return;
      }
      const warned = current.kinds.find((kind) => kind === 'document' || kind === 'screenshot');
      if (check && warned) {
        current.status = 'warn';
        void warn(current, caption, warned);
        return;
      }
      current.status = 'clear';
      if (check && current.kinds.includes('photo')) showReminder();
      resume(current);
    };

    /** The files may go: a send held meanwhile goes on to the text check. */
    const resume = (current: Pending) => {
      const held = current.held;
      current.held = null;
      held?.proceed();
    };

    const confirmUnseen = (current: Pending, unseen: 'preview' | 'files' = 'preview') => {
      current.status = 'unseen';
      env.show(
        PAGE_SLOT,
        h(UnseenFilesPanel, {
          t: env.t(),
          unseen,
          names: current.names,
          onConfirm: () => {
            env.hide(PAGE_SLOT);
            if (guard.files !== current) return;
            current.status = 'clear';
            logDecision(session.get(), 'attachment-kept', {
              attachments: current.kinds.filter((k): k is Journaled => k !== 'other'),
            });
            resume(current);
          },
        }),
      );
    };

    // While the preview is unseen, Enter anywhere on WhatsApp's page waits too: Cadre
    // cannot tell the caption's editor from any other.
    const onKeyDown = (event: KeyboardEvent) => {
      if (guard.files?.status !== 'unseen' || event.key !== 'Enter' || event.shiftKey) return;
      if (event.target instanceof Element && event.target.localName === 'cadre-overlay') return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    win.addEventListener('keydown', onKeyDown, { capture: true, signal });

    const showReminder = () => {
      const caption = findComposers(doc).find((c) => c.kind === 'caption');
      env.show(
        REMINDER_SLOT,
        h(PhotoReminder, { t: env.t(), anchor: caption ? anchorFor(caption) : null }),
      );
      win.setTimeout(() => env.hide(REMINDER_SLOT), REMINDER_MS);
    };

    const warn = async (current: Pending, caption: Composer, kind: 'document' | 'screenshot') => {
      const t = env.t();
      const anchor = anchorFor(caption);
      const journaled = current.kinds.filter((k): k is Journaled => k !== 'other');
      const build = (failed: boolean) => (answer: (value: 'remove' | 'keep') => void) =>
        h(AttachmentPanel, {
          t,
          anchor,
          kind,
          names: current.names,
          failed,
          onRemove: () => answer('remove'),
          onKeep: () => answer('keep'),
        });
      guard.busy = true;
      const panel = openPanel<'remove' | 'keep'>(env, caption, build(false));
      try {
        for (;;) {
          const choice = await panel.next();
          if (choice === 'dismissed') return;
          if (choice === 'keep') {
            panel.close();
            current.status = 'clear';
            logDecision(session.get(), 'attachment-kept', { attachments: journaled });
            guard.busy = false;
            if (current.held) resume(current);
            else caption.element.focus();
            return;
          }
          const captionText = readText(caption.element);
          if (!closeMediaPreview(doc)) {
            panel.render(build(true));
            continue;
          }
          panel.close();
          reset();
          logDecision(session.get(), 'attachment-removed', { attachments: journaled });
          guard.busy = false;
          await keepCaption(env, captionText);
          return;
        }
      } finally {
        guard.busy = false;
      }
    };

    // A preview open with no files seen coming (an input Cadre could not hear, a way in it
    // does not know): nothing tells what the files are, so the person checks them. Looked
    // for as the preview opens, and at the latest when its send is pressed.
    const previewWithoutFiles = (): Pending => {
      const current: Pending = { kinds: [], names: [], status: 'unseen', held: null };
      guard.files = current;
      resetWhenClosed(current);
      confirmUnseen(current, 'files');
      return current;
    };
    guard.previewWithoutFiles = previewWithoutFiles;
    const unannounced = win.setInterval(() => {
      const settling = Date.now() - filesSettledAt < PREVIEW_CLOSING_MS;
      if (!guard.files && !settling && isMediaPreviewOpen(doc)) previewWithoutFiles();
    }, 300);

    const stop = watchIncomingFiles(win, (incoming) => {
      onFiles(incoming).catch((error) =>
        console.error('Cadre: attachment check failed', errorName(error)),
      );
    });
    signal.addEventListener('abort', () => {
      stop();
      win.clearInterval(unannounced);
      if (guard.previewWithoutFiles === previewWithoutFiles) guard.previewWithoutFiles = null;
      reset();
    });
  },
};

/** WhatsApp opens the preview right after the files arrive; wait for its caption editor. */
async function previewComposer(env: CadreEnv): Promise<Composer | null> {
  for (let waited = 0; waited <= 2_000; waited += 50) {
    const caption = findComposers(env.doc).find((c) => c.kind === 'caption');
    if (caption) return caption;
    await new Promise((resolve) => env.win.setTimeout(resolve, 50));
  }
  return null;
}

/**
 * The attachment is gone, the words are not: a caption the user wrote goes back into the
 * chat's composer, after what is already there.
 */
async function keepCaption(env: CadreEnv, caption: string) {
  const main = findMainComposer(env.doc);
  if (!main) return;
  if (caption.trim()) {
    const existing = readText(main);
    const joiner = existing && !/\s$/.test(existing) ? ' ' : '';
    const result = await replaceRanges(main, [
      { start: existing.length, end: existing.length, text: joiner + caption },
    ]);
    if (!result.ok) console.warn('Cadre: the caption could not be put back', result.reason);
  }
  main.focus();
}
