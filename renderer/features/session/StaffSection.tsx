import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { accountNameProblem, type Account, type AccountKey } from '../../../shared/keyring';
import { ROLES, type Role } from '../../../shared/session/roles';
import { useIdentity } from '../../app/identityContext';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useFormat } from '../../ui/format';
import { useProblemText } from '../../ui/problemText';
import { UserText } from '../../ui/UserText';
import { rewrap } from './keys';
import {
  EMPTY_PASSPHRASE,
  newPassphraseProblems,
  PassphraseFields,
  PassphraseInput,
  type NewPassphrase,
} from './PassphraseFields';
import { auditSession } from './session';
import { useSession } from './useSession';

type Open =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'edit'; account: AccountKey }
  | { kind: 'reset'; account: AccountKey };

/**
 * Staff management (administrators only): who may sign in here and with which role. Adding
 * someone or setting a new passphrase wraps the data key for them, which the administrator's
 * own passphrase opens: so each asks for it, and an unattended administrator's session is not
 * enough to give someone access.
 */
export function StaffSection() {
  const { t } = useI18n();
  const fmt = useFormat();
  const { account: me, may } = useSession();
  const [accounts, setAccounts] = useState<readonly AccountKey[] | null>(null);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [status, setStatus] = useState<string | null>(null);

  const reload = useCallback(
    () => invoke('keyring-get', undefined).then((r) => setAccounts(r.ok ? (r.value?.accounts ?? []) : [])),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!me || !may('staff-manage')) return null;
  const done = (text: string) => {
    setOpen({ kind: 'none' });
    setStatus(text);
    void reload();
  };
  return (
    <section className="card" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('staff.title')}</h2>
      <p className="muted">{t('staff.lead')}</p>
      <table className="staff-table">
        <thead>
          <tr>
            <th>{t('staff.name')}</th>
            <th>{t('staff.role')}</th>
            <th>{t('staff.status')}</th>
            <th>{t('staff.lastSignIn')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(accounts ?? []).map((a) => (
            <tr key={a.id} className={a.active ? undefined : 'inactive'}>
              <td>
                <UserText text={a.name} /> {a.id === me.id && <span className="muted">{t('staff.you')}</span>}
              </td>
              <td>{t(`account.role.${a.role}`)}</td>
              <td>{a.active ? t('staff.active') : t('staff.inactive')}</td>
              <td>{a.lastSignInAt ? fmt.instant(a.lastSignInAt) : t('staff.never')}</td>
              <td>
                <button type="button" className="link" onClick={() => setOpen({ kind: 'edit', account: a })}>
                  {t('staff.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={() => setOpen({ kind: 'add' })}>
          {t('staff.add')}
        </button>
        {status && (
          <span role="status" className="ok-text">
            {status}
          </span>
        )}
      </div>
      {open.kind === 'add' && (
        <AddDialog
          me={me}
          onClose={() => setOpen({ kind: 'none' })}
          onDone={(a) => done(t('staff.added', { name: a.name }))}
        />
      )}
      {open.kind === 'edit' && (
        <EditDialog
          me={me}
          account={open.account}
          onClose={() => setOpen({ kind: 'none' })}
          onReset={() => setOpen({ kind: 'reset', account: open.account })}
          onDone={() => done(t('staff.saved'))}
        />
      )}
      {open.kind === 'reset' && (
        <ResetDialog
          me={me}
          account={open.account}
          onClose={() => setOpen({ kind: 'none' })}
          onDone={() => done(t('staff.saved'))}
        />
      )}
    </section>
  );
}

/** The signed-in person's own wrapped key, read fresh from the host. */
async function ownWrappedKey(me: Account) {
  const r = await invoke('keyring-get', undefined);
  return r.ok ? r.value?.accounts.find((a) => a.id === me.id)?.wrappedKey : undefined;
}

function RoleField({ value, onChange }: { value: Role; onChange: (r: Role) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('staff.role')}>
      <select value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`account.role.${r}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}

function RoleHelp() {
  const { t } = useI18n();
  return (
    <ul className="role-help">
      {ROLES.map((r) => (
        <li key={r}>
          <strong>{t(`account.role.${r}`)}</strong>: {t(`account.roleHelp.${r}`)}
        </li>
      ))}
    </ul>
  );
}

function AddDialog({
  me,
  onClose,
  onDone,
}: {
  me: Account;
  onClose: () => void;
  onDone: (a: Account) => void;
}) {
  const { t } = useI18n();
  const { identity } = useIdentity();
  const problemText = useProblemText();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [theirs, setTheirs] = useState<NewPassphrase>(EMPTY_PASSPHRASE);
  const [mine, setMine] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const personal = [name, identity.agency.name];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    const p = newPassphraseProblems(theirs, personal);
    if (accountNameProblem(name) || p.weak || p.mismatch || mine === '' || busy) return;
    setBusy(true);
    setFailure(null);
    const own = await ownWrappedKey(me);
    const wrapped = own ? await rewrap(own, mine, theirs.passphrase) : null;
    if (!wrapped?.ok) {
      setFailure(t('staff.wrongYours'));
      setBusy(false);
      return;
    }
    const added = await invoke('account-add', { name: name.trim(), role, wrappedKey: wrapped.wrapped });
    if (!added.ok) {
      setFailure(t(`error.${added.error.code}`));
      setBusy(false);
      return;
    }
    await auditSession(me, 'staff-added', `${added.value.name}: ${role}`);
    onDone(added.value);
  };

  return (
    <Dialog title={t('staff.addTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
        <Field label={t('staff.name')} error={problemText(attempted ? accountNameProblem(name) : null)}>
          <input
            name="staff-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            autoFocus
          />
        </Field>
        <RoleField value={role} onChange={setRole} />
        <RoleHelp />
        <TheirsAndYours
          theirs={theirs}
          onTheirs={setTheirs}
          personal={personal}
          yours={mine}
          onYours={setMine}
          attempted={attempted}
          failure={failure}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('staff.add')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function EditDialog({
  me,
  account,
  onClose,
  onReset,
  onDone,
}: {
  me: Account;
  account: AccountKey;
  onClose: () => void;
  onReset: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const [name, setName] = useState(account.name);
  const [role, setRole] = useState<Role>(account.role);
  const [active, setActive] = useState(account.active);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const self = account.id === me.id;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (accountNameProblem(name) || busy) return;
    setBusy(true);
    const r = await invoke('account-update', { id: account.id, name: name.trim(), role, active });
    if (!r.ok) {
      setFailure(t(`error.${r.error.code}`));
      setBusy(false);
      return;
    }
    const changes = [
      r.value.name !== account.name ? `name: ${account.name} → ${r.value.name}` : '',
      r.value.role !== account.role ? `role: ${account.role} → ${r.value.role}` : '',
      r.value.active !== account.active ? (r.value.active ? 'switched on' : 'switched off') : '',
    ].filter(Boolean);
    // Saving unchanged re-authenticates a record changed outside the app: recorded too.
    await auditSession(me, 'staff-changed', `${r.value.name}: ${changes.join('; ') || 'saved'}`);
    onDone();
  };

  return (
    <Dialog title={t('staff.editTitle', { name: account.name })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
        <Field label={t('staff.name')} error={problemText(accountNameProblem(name))}>
          <input
            name="staff-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
          />
        </Field>
        <RoleField value={role} onChange={setRole} />
        <RoleHelp />
        {!self && (
          <label className="check">
            <input type="checkbox" checked={!active} onChange={(e) => setActive(!e.target.checked)} />
            {t('staff.switchOff')}
            <span className="muted"> — {t('staff.switchOffHint')}</span>
          </label>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
          {!self && (
            <button type="button" onClick={onReset}>
              {t('staff.resetPassphrase')}
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

function ResetDialog({
  me,
  account,
  onClose,
  onDone,
}: {
  me: Account;
  account: AccountKey;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { identity } = useIdentity();
  const [theirs, setTheirs] = useState<NewPassphrase>(EMPTY_PASSPHRASE);
  const [mine, setMine] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const personal = [account.name, identity.agency.name];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    const p = newPassphraseProblems(theirs, personal);
    if (p.weak || p.mismatch || mine === '' || busy) return;
    setBusy(true);
    const own = await ownWrappedKey(me);
    const wrapped = own ? await rewrap(own, mine, theirs.passphrase) : null;
    if (!wrapped?.ok) {
      setFailure(t('staff.wrongYours'));
      setBusy(false);
      return;
    }
    const r = await invoke('account-set-key', { id: account.id, wrappedKey: wrapped.wrapped });
    if (!r.ok) {
      setFailure(t(`error.${r.error.code}`));
      setBusy(false);
      return;
    }
    await auditSession(me, 'passphrase-changed', `${account.name}: set by an administrator`);
    onDone();
  };

  return (
    <Dialog title={t('staff.resetTitle', { name: account.name })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
        <TheirsAndYours
          theirs={theirs}
          onTheirs={setTheirs}
          personal={personal}
          yours={mine}
          onYours={setMine}
          attempted={attempted}
          failure={failure}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The staff member's new passphrase (with its strength) and the administrator's own, which
 * confirms the change: asked the same way when adding someone and when resetting theirs.
 */
function TheirsAndYours(props: {
  readonly theirs: NewPassphrase;
  readonly onTheirs: (next: NewPassphrase) => void;
  readonly personal: readonly string[];
  readonly yours: string;
  readonly onYours: (next: string) => void;
  readonly attempted: boolean;
  readonly failure: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <PassphraseFields
        value={props.theirs}
        onChange={props.onTheirs}
        personal={props.personal}
        attempted={props.attempted}
        label={t('staff.theirPassphrase')}
        hint={t('staff.theirPassphraseHint')}
      />
      <PassphraseInput
        label={t('staff.yourPassphrase')}
        value={props.yours}
        onChange={props.onYours}
        error={props.failure ?? (props.attempted && props.yours === '' ? t('form.required') : null)}
      />
    </>
  );
}
