import { ListEditor } from './ListEditor';
import type { SectionProps } from './section-props';

/** The watch-list (names always flagged) and the allow-list (names never flagged). */
export function ListsSection({ t }: SectionProps) {
  return (
    <div class="lists">
      <ListEditor t={t} kind="watch" />
      <ListEditor t={t} kind="allow" />
    </div>
  );
}
