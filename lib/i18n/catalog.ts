import { data } from './messages/data';
import { journal } from './messages/journal';
import { onboarding } from './messages/onboarding';
import { options } from './messages/options';
import { chip } from './messages/chip';
import { common } from './messages/common';
import { guard } from './messages/guard';
import { pageCheck } from './messages/page-check';
import { popup } from './messages/popup';
import { responseWindow } from './messages/window';

// One entry per area; each area's file holds its French and English text.
export const catalog = {
  common,
  chip,
  popup,
  guard,
  options,
  onboarding,
  journal,
  data,
  window: responseWindow,
  pageCheck,
};
