import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * electron-builder.yml as the packager reads it: electron-builder's own loader and schema
 * (app-builder-lib, the package electron-builder is built on, at the version it pins).
 */
async function packagerConfig() {
  const config = await getConfig(ROOT, 'electron-builder.yml', null);
  // A misspelt fuse fails here: the schema knows every fuse name.
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron fuses in the installer', () => {
  it('are flipped so that no one at the computer can run code inside the app', async () => {
    expect((await packagerConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('apply to an app packed into an ASAR archive', async () => {
    expect((await packagerConfig()).asar).toBe(true);
  });
});
