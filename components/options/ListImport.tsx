import { useState } from 'preact/hooks';
import { ask } from '@/lib/messaging';
import type { ListKind } from '@/lib/db/records';
import type { Translate } from '@/lib/i18n';
import { parseListImport, type LineProblem, type ListImportSource } from '@/lib/lists-import';
import { readTextFile } from './download';

interface Report {
  added: number;
  problems: LineProblem[];
  error?: string;
}

const MAX_FILE = 1_000_000;

/** Adds many names at once from a pasted list or a CSV file, and says what was left out. */
export function ListImport({
  t,
  kind,
  existingKeys,
}: {
  t: Translate;
  kind: ListKind;
  existingKeys: string[];
}) {
  const [text, setText] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const id = `list-${kind}-import`;

  const importText = async (content: string, source: ListImportSource) => {
    const parsed = parseListImport(content, source, existingKeys);
    const { added } = parsed.names.length
      ? await ask({ type: 'list.addMany', kind, values: parsed.names })
      : { added: 0 };
    setReport({
      added,
      problems: parsed.problems,
      error: parsed.names.length || parsed.problems.length ? undefined : t('options.importNothing'),
    });
    return added;
  };
  const importPaste = async (event: Event) => {
    event.preventDefault();
    await importText(text, 'paste');
    setText('');
  };
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const content = await readTextFile(file, MAX_FILE).catch(() => null);
    if (content === null) setReport({ added: 0, problems: [], error: t('options.fileUnreadable') });
    else if (content === 'too-big')
      setReport({ added: 0, problems: [], error: t('options.fileTooBig') });
    else await importText(content, 'csv');
    input.value = '';
  };

  return (
    <details class="list-import">
      <summary>{t('options.importHeading')}</summary>
      <form noValidate onSubmit={importPaste}>
        <div class="field">
          <label for={`${id}-paste`}>{t('options.importPasteLabel')}</label>
          <textarea
            id={`${id}-paste`}
            rows={4}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button">
          {t('options.importPasteButton')}
        </button>
      </form>
      <div class="field">
        <label for={`${id}-file`}>{t('options.importFileLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={importFile}
        />
      </div>
      <div role="status" class="import-report">
        {report && <ImportReport t={t} report={report} />}
      </div>
    </details>
  );
}

function ImportReport({ t, report }: { t: Translate; report: Report }) {
  if (report.error) return <p class="field-error">{report.error}</p>;
  const reasons: Record<LineProblem['reason'], string> = {
    'too-long': t('options.reasonTooLong'),
    duplicate: t('options.reasonDuplicate'),
    'already-listed': t('options.reasonAlreadyListed'),
    'unclosed-quote': t('options.reasonUnclosedQuote'),
  };
  return (
    <>
      <p>{t('options.importDone', { n: report.added })}</p>
      {report.problems.length > 0 && (
        <>
          <p>{t('options.importProblems', { n: report.problems.length })}</p>
          <ul class="problems">
            {report.problems.map((problem) => (
              <li key={`${problem.line}-${problem.text}`}>
                {t('options.problemLine', {
                  line: problem.line,
                  text: problem.text,
                  reason: reasons[problem.reason],
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
