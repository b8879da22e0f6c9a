import type { Instant } from '../../../shared/dates';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';

const COLOURS: Record<RiskLevel, string> = { standard: '#1e7145', medium: '#d08a00', high: '#b42318' };

type Point = { readonly occurredAt: Instant; readonly level: RiskLevel; readonly score: number };

/** A small chart of past assessments' levels, oldest to newest, so escalation shows at a glance. */
export function RiskTrend({ points }: { points: readonly Point[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const shown = points.slice(-12);
  if (shown.length === 0) return null;
  const w = 168;
  const h = 44;
  const x = (i: number) => (shown.length === 1 ? w / 2 : 6 + (i * (w - 12)) / (shown.length - 1));
  const y = (level: RiskLevel) => h - 8 - (RISK_LEVELS.indexOf(level) * (h - 16)) / 2;
  const label = shown.map((p) => `${fmt.instant(p.occurredAt)}: ${t(`risk.level.${p.level}`)}`).join('; ');
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
        <line key={l} x1={0} x2={w} y1={y(l)} y2={y(l)} stroke="#e3e7ec" strokeDasharray="2 3" />
      ))}
      <polyline
        fill="none"
        stroke="#8a96a3"
        strokeWidth={1.5}
        points={shown.map((p, i) => `${x(i)},${y(p.level)}`).join(' ')}
      />
      {shown.map((p, i) => (
        <circle key={p.occurredAt + String(i)} cx={x(i)} cy={y(p.level)} r={4} fill={COLOURS[p.level]}>
          <title>{`${fmt.instant(p.occurredAt)} · ${t(`risk.level.${p.level}`)} · ${p.score}`}</title>
        </circle>
      ))}
    </svg>
  );
}
