import { useEffect } from 'react';
import { refreshStaleSummaries } from '../../db/writeEntries';
import type { CommandId } from '../../../shared/commands';
import { navigate, useRoute, type Route } from '../../app/router';
import { bridge } from '../../host';
import { commandForKey, runCommand, useCommands } from '../../commands/registry';
import { useI18n } from '../../i18n/i18n';
import { useIdentity } from '../../app/identityContext';
import { MeetingPage, MeetingsPage } from '../meetings';
import { SettingsPage } from '../settings';
import { CasePage, CasesPage, NewCasePage } from '../cases';
import { DeadlinesPage, useDueTodayCount } from '../deadlines';
import { SearchPalette } from '../search';
import { ExchangePage, SharingShell } from '../sharing';
import { AuditPage } from '../audit';
import { BackupReminder } from '../backup';
import { SessionMenu, useSession } from '../session';
import { StorageNotices } from '../storage';

const NAV = [
  { route: 'cases', label: 'nav.cases' },
  { route: 'meetings', label: 'nav.meetings' },
  { route: 'deadlines', label: 'nav.deadlines' },
  { route: 'exchange', label: 'nav.exchange' },
  { route: 'settings', label: 'nav.settings' },
  { route: 'audit', label: 'nav.audit' },
] as const;

function section(route: Route): string {
  if (route.name === 'meeting') return 'meetings';
  return route.name === 'case' || route.name === 'case-new' ? 'cases' : route.name;
}

/** The app frame: left navigation, the current page, and the global shortcuts. */
export function Shell() {
  const route = useRoute();
  const { t } = useI18n();
  const { identity } = useIdentity();
  const { may } = useSession();
  const dueToday = useDueTodayCount();

  useCommands({
    'go-cases': () => navigate({ name: 'cases' }),
    'go-meetings': () => navigate({ name: 'meetings' }),
    'go-deadlines': () => navigate({ name: 'deadlines' }),
    'go-settings': () => navigate({ name: 'settings' }),
    'case-new': () => navigate({ name: 'case-new' }),
  });

  // Summaries written under older rules are brought up to date once, in the background.
  useEffect(() => {
    void refreshStaleSummaries();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = commandForKey(e);
      if (id && runCommand(id)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = bridge()?.on('menu-command', (id: CommandId) => runCommand(id));
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, []);

  const current = section(route);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <strong>{t('app.name')}</strong>
            <small>{identity.agency.name}</small>
          </div>
        </div>
        <ul>
          {NAV.filter((item) => item.route !== 'audit' || may('audit-view')).map((item) => (
            <li key={item.route}>
              <a href={`#/${item.route}`} aria-current={current === item.route ? 'page' : undefined}>
                <span>{t(item.label)}</span>
                {item.route === 'deadlines' && dueToday > 0 && (
                  <span className="badge" title={t('nav.dueToday', { count: dueToday })}>
                    {dueToday}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <SessionMenu />
        </div>
      </nav>
      <main className="page" id="main">
        <Page route={route} />
        {/* Over the page, not above it: a notice never moves what the user is working on. */}
        <div className="app-notices">
          <StorageNotices />
          <BackupReminder />
        </div>
      </main>
      <SearchPalette />
      <SharingShell />
    </div>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'cases':
      return <CasesPage />;
    case 'case-new':
      return <NewCasePage />;
    case 'case':
      return <CasePage key={route.id} caseId={route.id} />;
    case 'deadlines':
      return <DeadlinesPage />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.id} meetingId={route.id} />;
    case 'exchange':
      return <ExchangePage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditPage />;
  }
}
