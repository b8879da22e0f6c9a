import { AGENCY_COLOURS, type AgencyRef } from '../../../shared/domain/agencies';
import { useI18n } from '../../i18n/i18n';
import { UserText } from '../../ui/UserText';

/**
 * What the coloured edge of each entry means: one colour per kind of agency, named, with the
 * agencies of the case of that kind. The colour is never the only sign: every entry names its
 * agency in text too.
 */
export function AgencyLegend({ agencies }: { agencies: readonly AgencyRef[] }) {
  const { t } = useI18n();
  if (agencies.length === 0) return null;
  return (
    <ul className="agency-legend" aria-label={t('timeline.legend')}>
      {agencies.map((a) => (
        <li key={a.id} title={t(`agencyKind.${a.kind}`)}>
          <span className="legend-dot" style={{ background: AGENCY_COLOURS[a.kind] }} aria-hidden="true" />
          <UserText text={a.name} />
          <span className="visually-hidden"> ({t(`agencyKind.${a.kind}`)})</span>
        </li>
      ))}
    </ul>
  );
}
