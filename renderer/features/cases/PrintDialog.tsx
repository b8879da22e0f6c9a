import { useState, type FormEvent } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { Audience, AudienceKind } from '../../../shared/domain/audience';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import type { PrintTarget } from '../../print/printJob';
import { userTextString } from '../../ui/UserText';

type Props = {
  /** Agencies on the case other than this one: the choices for "a named agency". */
  readonly agencies: readonly AgencyRef[];
  readonly onChoose: (audience: Audience, target: PrintTarget) => void;
  readonly onClose: () => void;
};

const KINDS: readonly AudienceKind[] = ['meeting', 'partners', 'agency', 'own'];

/** Asks who the case summary is for, then whether to save it as PDF or send it to a printer. */
export function PrintDialog({ agencies, onChoose, onClose }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<AudienceKind>('meeting');
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');

  // The button that submitted the form says where the document goes; Enter saves a PDF.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const target: PrintTarget =
      submitter instanceof HTMLButtonElement && submitter.value === 'printer' ? 'printer' : 'pdf';
    if (kind !== 'agency') return onChoose({ kind }, target);
    const agency = agencies.find((a) => a.id === agencyId);
    if (agency) onChoose({ kind, agency }, target);
  };

  return (
    <Dialog title={t('print.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset className="radios">
          <legend>{t('print.audience')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="audience"
                value={k}
                checked={kind === k}
                disabled={k === 'agency' && agencies.length === 0}
                onChange={() => setKind(k)}
              />
              {t(`audience.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'agency' && (
          <Field label={t('print.agency')}>
            <select value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {userTextString(a.name)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <p className="muted small">{t(kind === 'own' ? 'print.ownHint' : 'print.redactedHint')}</p>
        <div className="form-actions">
          <button type="submit" value="pdf" className="primary">
            {t('print.savePdf')}
          </button>
          <button type="submit" value="printer">
            {t('print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
