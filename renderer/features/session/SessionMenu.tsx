import { shortcutHint } from '../../commands/registry';
import { useI18n } from '../../i18n/i18n';
import { UserText } from '../../ui/UserText';
import { useSession } from './useSession';

/** Who is signed in, with the Lock and Sign out buttons (the navigation's foot). */
export function SessionMenu() {
  const { t } = useI18n();
  const { account, lock, signOut } = useSession();
  if (!account) return null;
  return (
    <div className="session-menu">
      <div>
        <UserText text={account.name} />
        <small>{t(`account.role.${account.role}`)}</small>
      </div>
      <div className="session-actions">
        <button type="button" onClick={() => lock('command')} title={shortcutHint('lock')}>
          {t('session.lockButton')}
        </button>
        <button type="button" className="link" onClick={signOut}>
          {t('session.signOut')}
        </button>
      </div>
    </div>
  );
}
