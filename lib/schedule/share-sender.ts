// Who posted a shared availability. WhatsApp labels each message "[14:05, 26/11/2026] Name"
// (data-pre-plain-text); in a one-to-one chat the name is the chat's own title, in a group
// it is a member's, and never the title. A tag is applied only from the person the chat
// is with, unless the user chose otherwise.
import { foldKey } from '../text/fold-key';

export interface ShareSender {
  /** The author's name as WhatsApp shows it, invisible marks removed. */
  author: string;
  /** WhatsApp's own time label, e.g. "14:05, 26/11/2026". */
  postedAt: string;
}

const META = /^\[([^\]]{1,60})\]\s*(.{1,200})$/su;

/** The author and time WhatsApp wrote for a message, or null when it names nobody. */
export function shareSender(meta: string): ShareSender | null {
  const match = META.exec(meta.replace(/\p{Cf}/gu, '').trim());
  if (!match) return null;
  const author = match[2].replace(/:\s*$/, '').trim();
  return author ? { author, postedAt: match[1].trim() } : null;
}

/** Whether the author is the person the open chat is with (a one-to-one chat's title). */
export function isFromChatPartner(sender: ShareSender | null, chatTitle: string | null): boolean {
  if (!sender || !chatTitle) return false;
  return foldKey(sender.author) === foldKey(chatTitle);
}
