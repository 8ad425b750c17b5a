import type { Lang, Translate } from '@/lib/i18n';
import type { WeekFigures } from '@/lib/progress';

// Two small inline SVG charts, week by week: the share of messages sent with nothing to
// correct (the figure that should grow), then anonymisations and messages sent anyway.

const WIDTH = 640;
const PLOT = 120;
const TOP = 22;
const LEFT = 8;
const AXIS = 28;

function weekLabel(weekStart: string, lang: Lang): string {
  const [y, m, d] = weekStart.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function ProgressChart({
  t,
  lang,
  weeks,
}: {
  t: Translate;
  lang: Lang;
  weeks: WeekFigures[];
}) {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const band = (WIDTH - LEFT * 2) / Math.max(weeks.length, 1);
  const barWidth = Math.min(44, band * 0.6);
  const last = [...weeks].reverse().find((week) => week.cleanShare !== null);
  const lastShare =
    last?.cleanShare != null ? percent.format(last.cleanShare) : t('journal.noShare');
  const maxCount = Math.max(1, ...weeks.map((week) => Math.max(week.anonymized, week.sentAnyway)));
  // The second chart only when there is something to show in it.
  const hasCounts = weeks.some((week) => week.anonymized + week.sentAnyway > 0);
  const height = TOP + PLOT + AXIS;
  const x = (index: number) => LEFT + band * index + band / 2;

  return (
    <figure class="progress-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="share-chart-title"
        class="chart"
      >
        <title id="share-chart-title">{t('journal.chartLabel', { share: lastShare })}</title>
        <line x1={LEFT} x2={WIDTH - LEFT} y1={TOP + PLOT} y2={TOP + PLOT} class="chart-axis" />
        <line x1={LEFT} x2={WIDTH - LEFT} y1={TOP} y2={TOP} class="chart-grid" />
        {weeks.map((week, index) => {
          const share = week.cleanShare ?? 0;
          const barHeight = Math.max(share * PLOT, week.cleanShare === null ? 0 : 2);
          return (
            <g key={week.weekStart}>
              <rect
                x={x(index) - barWidth / 2}
                y={TOP + PLOT - barHeight}
                width={barWidth}
                height={barHeight}
                class="bar-clean"
                rx={3}
              />
              <text x={x(index)} y={TOP + PLOT - barHeight - 5} class="chart-value">
                {week.cleanShare === null ? t('journal.noShare') : percent.format(share)}
              </text>
              <text x={x(index)} y={TOP + PLOT + 18} class="chart-label">
                {weekLabel(week.weekStart, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        <span class="swatch swatch--clean" aria-hidden="true" /> {t('journal.legendClean')}
      </figcaption>
      {hasCounts && (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" class="chart chart--counts">
          <line x1={LEFT} x2={WIDTH - LEFT} y1={TOP + PLOT} y2={TOP + PLOT} class="chart-axis" />
          {weeks.map((week, index) => {
            const half = barWidth / 2;
            const bar = (value: number, offset: number, kind: string) => {
              const barHeight = (value / maxCount) * PLOT;
              return (
                <>
                  <rect
                    x={x(index) + offset}
                    y={TOP + PLOT - barHeight}
                    width={half}
                    height={barHeight}
                    class={`bar-${kind}`}
                    rx={2}
                  />
                  {value > 0 && (
                    <text
                      x={x(index) + offset + half / 2}
                      y={TOP + PLOT - barHeight - 5}
                      class="chart-value"
                    >
                      {value}
                    </text>
                  )}
                </>
              );
            };
            return (
              <g key={week.weekStart}>
                {bar(week.anonymized, -half, 'anonymized')}
                {bar(week.sentAnyway, 0, 'sent-anyway')}
                <text x={x(index)} y={TOP + PLOT + 18} class="chart-label">
                  {weekLabel(week.weekStart, lang)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {hasCounts && (
        <p class="legend">
          <span class="swatch swatch--anonymized" aria-hidden="true" />{' '}
          {t('journal.legendAnonymized')}
          <span class="swatch swatch--sent-anyway" aria-hidden="true" />{' '}
          {t('journal.legendSentAnyway')}
        </p>
      )}
      <details class="figures">
        <summary>{t('journal.showTable')}</summary>
        <table>
          <caption>{t('journal.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journal.colWeek')}</th>
              <th scope="col">{t('journal.colSent')}</th>
              <th scope="col">{t('journal.colClean')}</th>
              <th scope="col">{t('journal.colAnonymized')}</th>
              <th scope="col">{t('journal.colSentAnyway')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">
                  {t('journal.weekOf', { date: weekLabel(week.weekStart, lang) })}
                </th>
                <td>{week.sent}</td>
                <td>
                  {week.cleanShare === null
                    ? t('journal.noShare')
                    : percent.format(week.cleanShare)}
                </td>
                <td>{week.anonymized}</td>
                <td>{week.sentAnyway}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
