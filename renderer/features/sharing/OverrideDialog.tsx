import { useState, type FormEvent } from 'react';
import { agencyFieldValue } from '../../../shared/domain/agencyField';
import type { ShareDecision } from '../../../shared/domain/consent';
import type { Entry } from '../../../shared/domain/types';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { useSettings } from '../../app/settingsContext';
import { partnerRef, type Partner } from '../../db/partnerRepo';
import { recordOverride } from '../../db/sendRepo';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { sharingDraft, textProblem } from './formParts';
import { useSession } from '../session';

/**
 * A supervisor sets aside missing consent or the must-never list for one partner, on a legal
 * ground: recorded as an entry on the timeline and a 'share-override' audit record, holding today
 * only. The signed-in account's role decides (shared/session/roles.ts, 'consent-override'):
 * the override is recorded in a supervisor's own name, and anyone else is told who may.
 */
export function OverrideDialog({
  caseId,
  entries,
  partner,
  decision,
  onClose,
}: {
  readonly caseId: string;
  readonly entries: readonly Entry[];
  readonly partner: Partner;
  readonly decision: ShareDecision | null;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const actor = useActor();
  const { settings } = useSettings();
  // Only a supervisor (or an administrator) records an override, in their own name.
  const mayOverride = useSession().may('consent-override');
  const supervisor = actor.name;
  const [ground, setGround] = useState('');
  const [groundError, setGroundError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const refusals = decision?.open ?? [];
  const agency = partner.agency.name;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = textProblem(ground, { required: true }, t);
    setGroundError(problem);
    if (!mayOverride || problem || refusals.length === 0) return;
    const clock = now();
    try {
      await recordOverride(
        sharingDraft(
          caseId,
          'share-override',
          actor,
          {
            partner: agencyFieldValue(partnerRef(partner)),
            overrides: [...refusals],
            legalGround: ground.trim(),
            supervisor,
          },
          '',
          clock.instant,
        ),
        { now: clock.instant, today: clock.today, windowDays: settings.deadlineWindowDays, actor },
        entries,
      );
      onClose();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Dialog title={t('send.override.title', { agency })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('send.override.explain')}</p>
        <p>{t('send.override.sets', { refusals: refusals.map((r) => t(`send.refusal.${r}`)).join('; ') })}</p>
        {!mayOverride ? (
          <p className="form-error" role="alert">
            {t('send.override.notSupervisor')}
          </p>
        ) : (
          <>
            <Field label={t('send.override.supervisor')}>
              <input value={supervisor} readOnly />
            </Field>
            <Field label={t('send.override.ground')} error={groundError}>
              <textarea value={ground} onChange={(e) => setGround(e.target.value)} />
            </Field>
          </>
        )}
        {failed && (
          <p className="form-error" role="alert">
            {t('dialog.saveFailed')}
          </p>
        )}
        <div className="form-actions">
          {mayOverride && (
            <button type="submit" className="danger">
              {t('send.override.record')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
