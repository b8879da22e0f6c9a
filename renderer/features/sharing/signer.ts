/**
 * The office's Signer: the host signs a bundle's small header with the private key it keeps
 * (the key never reaches the window). A refusal of the host becomes a rejected promise, which
 * buildBundle reports as 'signer-failed'.
 */
import type { Signer } from '../../../shared/crypto/signing';
import { fromBase64, toBase64 } from '../../../shared/crypto/encoding';
import { invoke } from '../../host';

export const hostSigner: Signer = async (bytes) => {
  const signed = await invoke('identity-sign', { bytes: toBase64(bytes) });
  if (!signed.ok) throw new Error(signed.error.message);
  const signature = fromBase64(signed.value.signature);
  if (!signature) throw new Error('The host returned no signature');
  return signature;
};
