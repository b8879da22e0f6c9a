import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Bundle, FileWarning } from '../../../shared/bundle';
import type { IncomingPlan } from '../../../shared/bundle/incoming';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settingsContext';
import type { CaseMatch } from '../../db/caseLinkRepo';
import { suggestReference } from '../../db/caseRepo';
import { useCaseViews } from '../../db/hooks';
import { usePartners } from '../../db/sharingHooks';
import { decideNewKey, trustPartner, type Partner } from '../../db/partnerRepo';
import type { LookAhead, ReceiveTarget } from '../../db/receiveRepo';
import type { ShareRecord } from '../../db/shareLog';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import type { OpenedFile } from './bundleFile';
import { refusalText } from './fileErrors';
import type { PendingFile } from './pendingFile';
import { ProgressLine, type ProgressState } from './ProgressLine';
import { ReceivePreview } from './ReceivePreview';
import {
  auditRefusal,
  caseMatch,
  mergeStep,
  presentedBy,
  previewStep,
  readStep,
  senderCheck,
  takenInBefore,
  type Refusal,
} from './receiveFlow';
import { KeyChangedDialog, TrustDialog } from './TrustDialogs';
import { workerOpener } from './workerOpener';

/** A bundle read, with the lookup of its entries among those held that started meanwhile. */
type Read = {
  readonly bundle: Bundle;
  readonly warnings: readonly FileWarning[];
  readonly ahead: LookAhead | null;
};

type Step =
  | { readonly step: 'opening' }
  | { readonly step: 'known'; readonly record: ShareRecord }
  | { readonly step: 'passphrase'; readonly wrong: boolean }
  | { readonly step: 'reading' }
  | { readonly step: 'refused'; readonly refusal: Refusal }
  | ({ readonly step: 'trust' } & Read)
  | ({ readonly step: 'changed'; readonly partner: Partner } & Read)
  | ({
      readonly step: 'preview';
      readonly match: CaseMatch | null;
      readonly target: ReceiveTarget;
      readonly plan: IncomingPlan | null;
    } & Read)
  | { readonly step: 'merging' }
  | {
      readonly step: 'done';
      readonly localCaseId: string;
      readonly fresh: number;
      readonly reference: string;
    }
  | { readonly step: 'failed'; readonly message: string };

/**
 * Receiving one bundle file: read in a worker (with the passphrase it needs), the sender's key
 * (trusted, new, or changed), which case it is here, the preview of what it would change, then
 * the merge with progress. A refusal says what is wrong with the file; nothing stored changes.
 */
export function ReceiveView({ file, onClose }: { readonly file: PendingFile; readonly onClose: () => void }) {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const actor = useActor();
  const { settings } = useSettings();
  const cases = useCaseViews();
  const partners = usePartners();
  const [step, setStep] = useState<Step>({ step: 'opening' });
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const opened = useRef<OpenedFile | null>(null);
  const who = () => ({ actor, now: now().instant });

  const read = async (pass: string | undefined) => {
    const f = opened.current;
    if (!f) return;
    setStep({ step: 'reading' });
    const r = await readStep(f, pass, who(), (p) => setProgress(p));
    setProgress(null);
    if (r.step !== 'read') return setStep(r);
    const got: Read = { bundle: r.bundle, warnings: r.warnings, ahead: r.ahead };
    const check = await senderCheck(r.bundle);
    switch (check.kind) {
      case 'new':
        return setStep({ ...got, step: 'trust' });
      case 'changed':
        return setStep({ ...got, step: 'changed', partner: check.partner });
      case 'refused': {
        const refusal: Refusal = { kind: 'refused-key', partner: check.partner, bundle: r.bundle };
        await auditRefusal(refusal, f.digest, who());
        return setStep({ step: 'refused', refusal });
      }
      case 'trusted':
        // The partner's details are refreshed by the merge itself (applyReceive), not here: a
        // file refused at the preview or never taken in changes nothing stored.
        return preview(got);
    }
  };

  const preview = async ({ bundle, warnings, ahead }: Read, chosen?: ReceiveTarget) => {
    const f = opened.current;
    if (!f) return;
    const match = await caseMatch(bundle);
    const target: ReceiveTarget =
      chosen ??
      (match
        ? { kind: 'existing', localCaseId: match.localCaseId }
        : { kind: 'new', reference: await suggestReference(actor, Number(now().today.slice(0, 4))) });
    // The lookup started while reading serves the first preview; another target chosen later
    // is planned against what is stored by then.
    const shown = { step: 'preview', bundle, warnings, match, target, ahead: null } as const;
    setStep({ ...shown, plan: null });
    const planned = await previewStep(bundle, target, f, who(), (p) => setProgress(p), ahead ?? undefined);
    setProgress(null);
    if ('refusal' in planned) return setStep({ step: 'refused', refusal: planned.refusal });
    setStep({ ...shown, plan: planned.plan });
  };

  const merge = async (r: Read, target: ReceiveTarget) => {
    const f = opened.current;
    if (!f) return;
    setStep({ step: 'merging' });
    const clock = now();
    try {
      const merged = await mergeStep(
        r.bundle,
        target,
        f,
        { actor, now: clock.instant, today: clock.today, windowDays: settings.deadlineWindowDays },
        (p) => setProgress(p),
      );
      setProgress(null);
      if ('refusal' in merged) return setStep({ step: 'refused', refusal: merged.refusal });
      const reference =
        target.kind === 'new'
          ? target.reference
          : (cases?.find((c) => c.id === merged.localCaseId)?.reference ?? '');
      setStep({ step: 'done', localCaseId: merged.localCaseId, fresh: merged.plan.fresh.length, reference });
    } catch (e) {
      setProgress(null);
      const taken = e instanceof Error && e.name === 'ConstraintError' && target.kind === 'new';
      setStep({
        step: 'failed',
        message: taken
          ? t('receive.referenceTaken', { reference: target.kind === 'new' ? target.reference : '' })
          : t('receive.failed', { message: e instanceof Error ? e.name : String(e) }),
      });
    }
  };

  useEffect(() => {
    let live = true;
    void (async () => {
      const f = await workerOpener(file.content);
      if (!live) return f.close();
      opened.current = f;
      const before = await takenInBefore(f);
      if (before) setStep({ step: 'known', record: before });
      else await read(undefined);
    })();
    return () => {
      live = false;
      opened.current?.close();
      opened.current = null;
    };
    // One file per view: the view is keyed by the file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submitPassphrase = (e: FormEvent) => {
    e.preventDefault();
    void read(passphrase);
  };

  return (
    <section className="card receive" aria-labelledby="receive-title">
      <h2 id="receive-title">{t('receive.title', { file: file.name })}</h2>
      {progress && <ProgressLine progress={progress} />}
      {(step.step === 'opening' || step.step === 'reading') && !progress && (
        <p className="muted">{t('receive.reading')}</p>
      )}
      {step.step === 'known' && (
        <>
          <p>
            {t('receive.takenInBefore', {
              date: fmt.instant(step.record.at),
              agency: step.record.partnerIds
                .map((id) => partners?.find((p) => p.id === id)?.agency.name ?? id)
                .join(', '),
            })}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => void read(undefined)}>
              {t('receive.readAgain')}
            </button>
            <button type="button" className="primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
      {step.step === 'passphrase' && (
        <form onSubmit={submitPassphrase} noValidate>
          <h3>{t('receive.passphrase.title')}</h3>
          {step.wrong && (
            <p className="form-error" role="alert">
              {t('bundleError.wrong-passphrase')}
            </p>
          )}
          <label className="field">
            <span>{t('receive.passphrase.label')}</span>
            <input
              type="password"
              autoFocus
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </label>
          <p className="muted small">{t('receive.passphrase.hint')}</p>
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('receive.passphrase.open')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {step.step === 'refused' && <RefusedNotice refusal={step.refusal} lang={lang} onClose={onClose} />}
      {step.step === 'trust' && (
        <TrustDialog
          presented={presentedBy(step.bundle)}
          onClose={onClose}
          onTrust={async () => {
            await trustPartner(presentedBy(step.bundle), 'bundle', actor, now().instant);
            await preview(step);
          }}
        />
      )}
      {step.step === 'changed' && (
        <KeyChangedDialog
          partner={step.partner}
          presented={presentedBy(step.bundle)}
          onClose={onClose}
          onDecide={async (decision) => {
            await decideNewKey(step.partner.id, presentedBy(step.bundle), decision, actor, now().instant);
            if (decision === 'accept') return preview(step);
            // The key is refused now: the file is refused as any file signed with it would be.
            const check = await senderCheck(step.bundle);
            if (check.kind !== 'refused') return onClose();
            const refusal: Refusal = { kind: 'refused-key', partner: check.partner, bundle: step.bundle };
            await auditRefusal(refusal, opened.current?.digest ?? '', who());
            setStep({ step: 'refused', refusal });
          }}
        />
      )}
      {step.step === 'preview' && (
        <ReceivePreview
          bundle={step.bundle}
          warnings={step.warnings}
          match={step.match}
          target={step.target}
          plan={step.plan}
          cases={cases ?? []}
          onTarget={(target) => void preview(step, target)}
          onTake={() => void merge(step, step.target)}
          onCancel={onClose}
        />
      )}
      {step.step === 'merging' && !progress && <p className="muted">{t('receive.phase.write')}</p>}
      {step.step === 'done' && (
        <>
          <p role="status" className="notice">
            {t('receive.done', { count: step.fresh, reference: step.reference })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onClose();
                navigate({ name: 'case', id: step.localCaseId });
              }}
            >
              {t('receive.openCase')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
      {step.step === 'failed' && (
        <>
          <p className="notice notice-error" role="alert">
            {step.message}
          </p>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      )}
    </section>
  );
}

function RefusedNotice({
  refusal,
  lang,
  onClose,
}: {
  readonly refusal: Refusal;
  readonly lang: Parameters<typeof refusalText>[2];
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const { text, where } = refusalText(refusal, t, lang);
  return (
    <div className="refused" role="alert">
      <h3>{t('receive.refused.title')}</h3>
      <p className="notice notice-error">{text}</p>
      {where && <p className="muted small">{where}</p>}
      <p>{t('bundleError.nothingChanged')}</p>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
