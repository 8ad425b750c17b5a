import type { ComponentType } from 'preact';
import type { MessageKey } from '@/lib/i18n';
import { CharterSection } from './CharterSection';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';
import { JournalSection } from './JournalSection';
import { ListsSection } from './ListsSection';
import { PageCheckSection } from './PageCheckSection';
import { ScheduleSection } from '@/components/schedule/ScheduleSection';
import type { SectionProps } from './section-props';
import { WatchedChatsSection } from './WatchedChatsSection';

export interface OptionsSection {
  /** The URL hash that opens it, e.g. options.html#journal. */
  id: string;
  titleKey: MessageKey;
  component: ComponentType<SectionProps>;
}

/**
 * The options page's sections, in menu order. To add one, write a component taking
 * SectionProps and add a line here; the page builds its menu and routing from this list.
 */
export const SECTIONS: OptionsSection[] = [
  { id: 'charter', titleKey: 'options.sectionCharter', component: CharterSection },
  { id: 'chats', titleKey: 'options.sectionChats', component: WatchedChatsSection },
  { id: 'schedule', titleKey: 'window.sectionTitle', component: ScheduleSection },
  { id: 'lists', titleKey: 'options.sectionLists', component: ListsSection },
  { id: 'journal', titleKey: 'options.sectionJournal', component: JournalSection },
  { id: 'data', titleKey: 'options.sectionData', component: DataSection },
  { id: 'general', titleKey: 'options.sectionGeneral', component: GeneralSection },
  { id: 'page-check', titleKey: 'pageCheck.sectionTitle', component: PageCheckSection },
];
