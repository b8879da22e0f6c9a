import type { RiskLevel } from '../../shared/domain/types';
import { useI18n } from '../i18n/i18n';

export function RiskBadge({ level }: { level: RiskLevel | null }) {
  const { t } = useI18n();
  return (
    <span className={`risk risk-${level ?? 'none'}`}>
      {level ? t(`risk.level.${level}`) : t('cases.riskNone')}
    </span>
  );
}
