import { calendarDateOf, type Instant } from '../../../shared/dates';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';

const COLOURS: Record<RiskLevel, string> = { standard: '#1e7145', medium: '#b87900', high: '#b42318' };

type Point = { readonly occurredAt: Instant; readonly level: RiskLevel; readonly score: number };

/** How many of the latest assessments the chart shows. */
const SHOWN = 12;

/**
 * Past assessments' levels, oldest to newest: the levels named on the left axis, the dates of the
 * first and last assessment shown under the line, each point named with its date, level and score
 * on hover and for screen readers. The level is also in the point's shape (a ring for Medium, a
 * filled square for High), not only in its colour.
 */
export function RiskTrend({ points }: { points: readonly Point[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const shown = points.slice(-SHOWN);
  if (shown.length === 0) return null;
  const left = 78;
  const w = 300;
  const h = 92;
  const top = 10;
  const bottom = h - 24;
  const x = (i: number) =>
    shown.length === 1 ? (left + w - 8) / 2 : left + 8 + (i * (w - left - 16)) / (shown.length - 1);
  const y = (level: RiskLevel) =>
    bottom - (RISK_LEVELS.indexOf(level) * (bottom - top)) / (RISK_LEVELS.length - 1);
  const day = (p: Point) => fmt.date(calendarDateOf(p.occurredAt));
  const label = shown.map((p) => `${day(p)}: ${t(`risk.level.${p.level}`)}`).join('; ');
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  return (
    <svg
      className="risk-trend"
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={`${t('case.trend')}: ${label}`}
    >
      {RISK_LEVELS.map((l) => (
        <g key={l}>
          <text x={left - 8} y={y(l) + 4} textAnchor="end" className="risk-trend-axis">
            {t(`risk.level.${l}`)}
          </text>
          <line x1={left} x2={w - 4} y1={y(l)} y2={y(l)} stroke="#e3e7ec" strokeDasharray="2 3" />
        </g>
      ))}
      <line x1={left} x2={w - 4} y1={bottom + 8} y2={bottom + 8} stroke="#c5ccd4" />
      <text
        x={x(0)}
        y={h - 3}
        textAnchor={shown.length === 1 ? 'middle' : 'start'}
        className="risk-trend-axis"
      >
        {day(first)}
      </text>
      {shown.length > 1 && (
        <text x={x(shown.length - 1)} y={h - 3} textAnchor="end" className="risk-trend-axis">
          {day(last)}
        </text>
      )}
      <polyline
        fill="none"
        stroke="#8a96a3"
        strokeWidth={1.5}
        points={shown.map((p, i) => `${x(i)},${y(p.level)}`).join(' ')}
      />
      {shown.map((p, i) => {
        const title = (
          <title>{`${fmt.instant(p.occurredAt)} · ${t(`risk.level.${p.level}`)} · ${p.score}`}</title>
        );
        const cx = x(i);
        const cy = y(p.level);
        return p.level === 'high' ? (
          <rect
            className="risk-point"
            key={p.occurredAt + String(i)}
            x={cx - 4.5}
            y={cy - 4.5}
            width={9}
            height={9}
            fill={COLOURS.high}
          >
            {title}
          </rect>
        ) : (
          <circle
            className="risk-point"
            key={p.occurredAt + String(i)}
            cx={cx}
            cy={cy}
            r={4.5}
            fill={p.level === 'medium' ? '#fff' : COLOURS[p.level]}
            stroke={COLOURS[p.level]}
            strokeWidth={p.level === 'medium' ? 2.5 : 1}
          >
            {title}
          </circle>
        );
      })}
    </svg>
  );
}
