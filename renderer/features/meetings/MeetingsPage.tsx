import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';

export function MeetingsPage() {
  const { t } = useI18n();
  return (
    <>
      <header className="page-header">
        <h1>{t('meetings.title')}</h1>
      </header>
      <EmptyState title={t('meetings.emptyTitle')} body={t('meetings.emptyBody')} />
    </>
  );
}
