/**
 * The operating system's keychain for the office's signing key: Electron's safeStorage (DPAPI on
 * Windows, the Keychain on macOS, libsecret/kwallet on Linux). Linux without a secret service
 * falls back to 'basic_text', a fixed password: that protects nothing, so it counts as none.
 */
import { safeStorage } from 'electron';
import { noKeychain, type SecretPort } from '../host/identityStore';
import type { LogPort } from '../host/ports';

export function osKeychain(log: LogPort): SecretPort {
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || weak) {
    log.warn('no operating-system keychain: the signing key is kept unsealed in the identity file');
    return noKeychain;
  }
  return {
    protection: 'os-keychain',
    // safeStorage seals strings; the key's bytes travel as base64 text.
    seal: (plain) => Promise.resolve(safeStorage.encryptString(Buffer.from(plain).toString('base64'))),
    open: (sealed) => Promise.resolve(Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64')),
  };
}
