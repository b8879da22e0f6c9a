import { useState, type FormEvent } from 'react';
import type { Language } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { Audience, AudienceKind } from '../../../shared/domain/audience';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { AgencyField, DocumentLanguageField } from '../../ui/SelectFields';

type Props = {
  readonly title: string;
  readonly hint: string;
  /** The partners a copy can be for; null when the file has no audience choice. */
  readonly agencies: readonly AgencyRef[] | null;
  readonly onExport: (audience: Audience, lang: Language) => Promise<void>;
  readonly onClose: () => void;
};

const KINDS: readonly AudienceKind[] = ['meeting', 'partners', 'agency', 'own'];

/** Who a file is for and in which language; then the host's save dialog. */
export function ExportDialog({ title, hint, agencies, onExport, onClose }: Props) {
  const { t, lang: screenLang } = useI18n();
  const [kind, setKind] = useState<AudienceKind>(agencies ? 'meeting' : 'own');
  const [agencyId, setAgencyId] = useState(agencies?.[0]?.id ?? '');
  const [lang, setLang] = useState<Language>(screenLang);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const agency = agencies?.find((a) => a.id === agencyId);
    const audience: Audience | null = kind === 'agency' ? (agency ? { kind, agency } : null) : { kind };
    if (!audience || busy) return;
    setBusy(true);
    try {
      await onExport(audience, lang);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        {agencies && (
          <fieldset className="radios">
            <legend>{t('export.audience')}</legend>
            {KINDS.map((k) => (
              <label key={k} className="check">
                <input
                  type="radio"
                  name="export-audience"
                  checked={kind === k}
                  disabled={k === 'agency' && agencies.length === 0}
                  onChange={() => setKind(k)}
                />
                {t(`audience.${k}`)}
              </label>
            ))}
            {kind === 'agency' && (
              <AgencyField
                label={t('print.agency')}
                agencies={agencies}
                value={agencyId}
                onChange={setAgencyId}
              />
            )}
          </fieldset>
        )}
        <DocumentLanguageField label={t('export.language')} value={lang} onChange={setLang} />
        <p className="muted small">{hint}</p>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('export.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
