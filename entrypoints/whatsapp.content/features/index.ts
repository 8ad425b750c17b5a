import type { Feature } from './feature';
import { protection } from './protection';
import { attachmentGuard } from './attachment-guard';
import { highlights } from './highlights';
import { sendPipeline } from './send-pipeline';
import { sync } from './sync';
import { applySharedAvailability } from './apply-shared-availability';
import { shareAvailability } from './share-availability';
import { windowChip } from './window-chip';
import { windowMentorReminder } from './window-mentor-reminder';
import { chatRename } from './chat-rename';

/**
 * Every content-script feature, in the order they start. The send pipeline's stages and
 * after-send hooks are listed in send-pipeline.ts.
 */
export const features: Feature[] = [
  sync,
  protection,
  chatRename,
  sendPipeline,
  highlights,
  attachmentGuard,
  // Rule 3, the response window.
  windowChip,
  windowMentorReminder,
  shareAvailability,
  applySharedAvailability,
];
