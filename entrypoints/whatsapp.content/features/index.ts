import type { Feature } from './feature';
import { protection } from './protection';
import { attachmentGuard } from './attachment-guard';
import { highlights } from './highlights';
import { sendGuard } from './send-guard';
import { sync } from './sync';
import { applySharedAvailability } from './apply-shared-availability';
import { shareAvailability } from './share-availability';
import { windowChip } from './window-chip';
import { windowMentorReminder } from './window-mentor-reminder';
import { windowSentNotice } from './window-sent-notice';
import { chatRename } from './chat-rename';

/** Every content-script feature, in the order they start. */
export const features: Feature[] = [
  sync,
  protection,
  chatRename,
  sendGuard,
  highlights,
  attachmentGuard,
  // Rule 3, the response window.
  windowChip,
  windowSentNotice,
  windowMentorReminder,
  shareAvailability,
  applySharedAvailability,
];
