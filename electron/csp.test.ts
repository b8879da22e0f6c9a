import { describe, expect, it } from 'vitest';
import { buildCsp, CONTENT_SECURITY_POLICY } from './csp';

/** The header value as a map of directive → sources, the way a browser reads it. */
function parseCsp(value: string): Map<string, string[]> {
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('content security policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('is exactly the documented policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('loads scripts only from the app itself: no eval, no inline script, no remote host', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic|nonce-|sha256-/);
  });

  it('names no remote origin in any directive', () => {
    for (const [name, sources] of csp) {
      for (const source of sources)
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it('shuts plugins, framing, base-URL rewriting and form posts', () => {
    for (const name of ['object-src', 'frame-ancestors', 'base-uri', 'form-action'])
      expect(csp.get(name), name).toEqual(["'none'"]);
  });

  it('serialises directives in order, one per clause', () => {
    expect(buildCsp({ 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] })).toBe(
      "default-src 'none'; img-src 'self' data:",
    );
    expect(buildCsp({})).toBe('');
  });
});
