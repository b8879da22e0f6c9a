/**
 * The Content Security Policy of every page the app serves: only the app's own files, no remote
 * origin, no eval, no plugins, no framing, no forms posting anywhere. Pure, so it is tested
 * without Electron; protocol.ts sends it as a header with every HTML response.
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React's style={…} attributes are inline styles; scripts stay strictly 'self'.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for images the app makes itself (previews, generated charts).
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Serialises directives as a header value: `name source source; name source`. */
export function buildCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = buildCsp(CSP_DIRECTIVES);
