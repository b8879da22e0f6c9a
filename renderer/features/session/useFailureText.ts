import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { SignInFailure } from './session';

/** A failed sign-in or unlock in words; a wait counts down each second until it is over. */
export function useFailureText(failure: SignInFailure | null): string | null {
  const { t } = useI18n();
  const [nowMs, setNowMs] = useState(() => Date.now());
  const until = failure?.kind === 'wait' ? failure.until : 0;
  useEffect(() => {
    if (until === 0) return;
    const tick = () => setNowMs(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [until]);
  if (!failure) return null;
  switch (failure.kind) {
    case 'wrong-passphrase':
      return t('session.signIn.wrong');
    case 'wait': {
      const seconds = Math.ceil((failure.until - nowMs) / 1000);
      return seconds > 0 ? t('session.signIn.wait', { count: seconds }) : null;
    }
    case 'host':
      return t(`error.${failure.code}`);
  }
}
