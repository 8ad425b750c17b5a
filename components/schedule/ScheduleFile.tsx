import { useRef } from 'preact/hooks';
import { downloadText, readTextFile } from '@/components/options/download';
import type { Translate } from '@/lib/i18n';
import { exportSchedule, importSchedule, type Schedule, type ShareResult } from '@/lib/schedule';

const MAX_FILE_BYTES = 256 * 1024;

/** Export the saved schedule as a file, or import one (validated before anything changes). */
export function ScheduleFile({
  t,
  saved,
  onImported,
  onRefused,
}: {
  t: Translate;
  saved: Schedule;
  onImported(result: Extract<ShareResult, { ok: true }>): void;
  onRefused(message: string): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await readTextFile(file, MAX_FILE_BYTES);
    if (input.current) input.current.value = '';
    if (text === 'too-big') return onRefused(t('window.tooBig'));
    const result = importSchedule(text);
    if (result.ok) onImported(result);
    else onRefused(result.error[document.documentElement.lang === 'en' ? 'en' : 'fr']);
  };
  return (
    <div class="actions">
      <button
        type="button"
        class="button"
        onClick={() =>
          downloadText('cadre-horaires.json', exportSchedule(saved), 'application/json')
        }
      >
        {t('window.exportFile')}
      </button>
      <label class="button schedule-import">
        {t('window.importFile')}
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(event) => void onFile((event.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
    </div>
  );
}
