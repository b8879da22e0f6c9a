import type { ChainVerdict } from '../../../shared/audit/verify';
import { useI18n } from '../../i18n/i18n';

type Verify =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly checked: number; readonly total: number }
  | { readonly state: 'done'; readonly verdict: ChainVerdict };

/** What Verify found: progress, an intact chain, or the first broken link with a way to it. */
export function VerifyResult({ verify, onShow }: { verify: Verify; onShow: (seq: number) => void }) {
  const { t } = useI18n();
  switch (verify.state) {
    case 'idle':
      return <p className="muted">{t('audit.verifyHint')}</p>;
    case 'running':
      return (
        <p className="notice" role="status">
          {t('audit.verifying', { checked: verify.checked, total: verify.total })}
        </p>
      );
    case 'done': {
      const v = verify.verdict;
      if (v.ok)
        return (
          <p className="notice verify-ok" role="status">
            {t('audit.intact', { count: v.count })}
          </p>
        );
      const seq = v.seq ?? v.expectedSeq;
      return (
        <div className="notice notice-error verify-broken" role="alert">
          <strong>{t('audit.broken')}</strong>{' '}
          {t(`audit.break.${v.reason}`, { seq, expected: v.expectedSeq })}
          {v.seq !== null && v.reason !== 'missing-at-end' && (
            <button type="button" className="link" onClick={() => onShow(v.seq!)}>
              {t('audit.showRecord', { seq: v.seq })}
            </button>
          )}
        </div>
      );
    }
  }
}
