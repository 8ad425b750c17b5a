import type { WindowState } from '@/lib/schedule';
import './window.css';

/** The response window inside the composer chip: "Fermé · lundi 8h". */
export function WindowChipDetail({
  state,
  label,
  title,
}: {
  state: WindowState;
  label: string;
  title: string;
}) {
  return (
    <span class="window-chip" data-window-state={state} title={title}>
      {label}
    </span>
  );
}
