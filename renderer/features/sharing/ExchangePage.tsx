import { MAX_BUNDLE_BYTES } from '../../../shared/bundle';
import { useCaseViews } from '../../db/hooks';
import { usePartners, useRecentShares } from '../../db/sharingHooks';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { openBundleFile } from './openBundle';
import { openProblemText } from './fileErrors';
import { clearFile, useOpenProblem, usePendingFile } from './pendingFile';
import { ReceiveView } from './ReceiveView';

/**
 * Exchange: receive a bundle (button, menu, or a file dropped on the window: whichever offered
 * it, it is received here), and the bundles this office sent and received lately.
 */
export function ExchangePage() {
  const { t } = useI18n();
  const fmt = useFormat();
  const file = usePendingFile();
  const shares = useRecentShares(50);
  const partners = usePartners();
  const cases = useCaseViews();
  const problem = useOpenProblem();

  const names = (ids: readonly string[]) =>
    ids.map((id) => partners?.find((p) => p.id === id)?.agency.name ?? id).join(', ');

  return (
    <>
      <header className="page-header">
        <h1>{t('exchange.title')}</h1>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void openBundleFile(t('exchange.openTitle'), t('exchange.fileFilter'), MAX_BUNDLE_BYTES)
          }
        >
          {t('exchange.receive')}
        </button>
      </header>
      <p className="muted">{t('exchange.intro')}</p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {openProblemText(problem, t)}
        </p>
      )}
      {file && <ReceiveView key={file.serial} file={file} onClose={clearFile} />}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('exchange.history')}</h2>
        {shares && shares.length === 0 && <p className="muted">{t('exchange.none')}</p>}
        {shares && shares.length > 0 && (
          <table className="sharing-table">
            <thead>
              <tr>
                <th>{t('exchange.col.when')}</th>
                <th>{t('exchange.col.what')}</th>
                <th>{t('exchange.col.case')}</th>
                <th>{t('exchange.col.partner')}</th>
                <th>{t('exchange.col.entries')}</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((s) => (
                <tr key={s.id}>
                  <td>{fmt.instant(s.at)}</td>
                  <td>{t(s.direction === 'sent' ? 'exchange.sent' : 'exchange.received')}</td>
                  <td>
                    <a href={`#/cases/${encodeURIComponent(s.caseId)}`}>
                      {cases?.find((c) => c.id === s.caseId)?.reference ?? '—'}
                    </a>
                  </td>
                  <td>
                    <UserText text={names(s.partnerIds)} />
                  </td>
                  <td>{s.direction === 'sent' ? s.counts.entries : s.counts.fresh}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
