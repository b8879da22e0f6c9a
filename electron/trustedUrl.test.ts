import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  EXTERNAL_HOSTS,
  isAllowedExternalUrl,
  isAppUrl,
  isNetworkUrl,
  resolveAppPath,
} from './trustedUrl';

describe('isAppUrl', () => {
  it('keeps the origin the data belongs to', () => {
    expect(APP_ORIGIN).toBe('app://caseline');
  });

  it.each([
    'app://caseline/',
    'app://caseline/index.html',
    'app://caseline/index.html#/cases/0190a6b2-7c1d-7000-8000-000000000001',
    'app://caseline/assets/index-3f2a.js?v=1',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    // lookalike hosts
    'app://caseline.evil/index.html',
    'app://caseline.evil.com/',
    'app://caseline./index.html',
    'app://caselinex/index.html',
    'app://evil/caseline/index.html',
    'app://caseline%2eevil/index.html',
    'app://xn--caseline-/index.html',
    // credentials and ports
    'app://caseline@evil/index.html',
    'app://user:pw@caseline/index.html',
    'app://caseline:8080/index.html',
    'app://caseline:/index.html',
    // case and whitespace tricks that parsers quietly normalise
    'APP://caseline/index.html',
    'App://Caseline/index.html',
    'app://CASELINE/index.html',
    'app://case\tline/index.html',
    'app://case\nline/index.html',
    ' app://caseline/index.html',
    'app://caseline/index.html\n',
    'app://caseline\\evil/index.html',
    // no path, or no host
    'app://caseline',
    'app:caseline/index.html',
    'app:///caseline/index.html',
    'app:/caseline/index.html',
    // other schemes
    'https://caseline/index.html',
    'http://caseline/index.html',
    'file:///etc/passwd',
    'file://caseline/index.html',
    'javascript:alert(1)',
    'javascript://caseline/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://caseline/0b0e8c3e-0000-4000-8000-000000000000',
    'filesystem:app://caseline/temporary/x',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    // not a URL at all
    'not a url',
    '',
    '//caseline/index.html',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ toString: () => 'app://caseline/' })).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens nothing by default', () => {
    expect(EXTERNAL_HOSTS).toEqual([]);
    expect(isAllowedExternalUrl('https://example.org/')).toBe(false);
    expect(isAllowedExternalUrl('https://help.caseline.kz/guide')).toBe(false);
  });

  const list = ['help.caseline.kz'];

  it('opens https to a listed host', () => {
    expect(isAllowedExternalUrl('https://help.caseline.kz/guide', list)).toBe(true);
    expect(isAllowedExternalUrl('https://HELP.caseline.kz/guide#ru', list)).toBe(true);
  });

  it.each([
    'http://help.caseline.kz/guide',
    'https://help.caseline.kz.evil.com/',
    'https://help.caseline.kz./',
    'https://evil.com/help.caseline.kz',
    'https://evil.com?https://help.caseline.kz/',
    'https://x@help.caseline.kz/',
    'https://help.caseline.kz@evil.com/',
    'https://help.caseline.kz:8443/',
    'https://sub.help.caseline.kz/',
    'https://help.caseline.kz\t/',
    'mailto:support@help.caseline.kz',
    'file:///C:/Windows/System32/calc.exe',
    'smb://help.caseline.kz/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'app://caseline/index.html',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url, list)).toBe(false);
  });
});

describe('isNetworkUrl', () => {
  it.each([
    'https://redirector.gvt1.com/edgedl/chrome/dict/ru-ru-3-0.bdic',
    'http://localhost:5984/cases',
    'http://127.0.0.1/',
    'HTTPS://EXAMPLE.ORG/',
    'ws://evil.example/',
    'wss://evil.example/',
    'ftp://files.example/',
    // unparseable or disguised: refused rather than let through
    'not a url',
    'https://exa\tmple.org/',
    '',
    42,
  ])('counts %s as leaving the machine', (url) => {
    expect(isNetworkUrl(url)).toBe(true);
  });

  it.each([
    'app://caseline/index.html',
    'file:///opt/Caseline/resources/app.asar/dist/renderer/index.html',
    'data:text/plain,x',
    'blob:app://caseline/7d1c',
    'devtools://devtools/bundled/devtools_app.html',
  ])('counts %s as local', (url) => {
    expect(isNetworkUrl(url)).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = resolve('/opt/caseline/renderer');
  const index = join(root, 'index.html');

  it('maps files inside the folder', () => {
    expect(resolveAppPath('/index.html', root)).toBe(index);
    expect(resolveAppPath('/assets/index-3f2a.js', root)).toBe(join(root, 'assets', 'index-3f2a.js'));
    expect(resolveAppPath('/assets/noto-sans-cyrillic-400-normal.woff2', root)).toBe(
      join(root, 'assets', 'noto-sans-cyrillic-400-normal.woff2'),
    );
    expect(resolveAppPath('/assets/a%20b.css', root)).toBe(join(root, 'assets', 'a b.css'));
  });

  it('answers index.html for the root and for routes without an extension', () => {
    expect(resolveAppPath('', root)).toBe(index);
    expect(resolveAppPath('/', root)).toBe(index);
    expect(resolveAppPath('/cases', root)).toBe(index);
    expect(resolveAppPath('/cases/0190a6b2-7c1d-7000-8000-000000000001/timeline', root)).toBe(index);
  });

  it('ignores the root folder being given with a trailing separator', () => {
    expect(resolveAppPath('/index.html', root + '/')).toBe(index);
  });

  it.each([
    '/../secret.txt',
    '/..',
    '/assets/../../x.js',
    '/assets/./x.js',
    '/%2e%2e/x.js',
    '/%2E%2E/%2e%2e/etc/passwd.txt',
    '/.%2e/x.js',
    '/%2e%2e%2fx.js',
    '/%2E%2E%2Fx.js',
    '/a%2fb.js',
    '/a%5c..%5cb.js',
    '/a\\b.js',
    '/..\\..\\x.js',
    '/a%00.js',
    '/a\0.js',
    '/a%0a.js',
    '/C:/Windows/win.ini',
    '/index.html::$DATA',
    '/%E0%A4%A',
    '/%',
  ])('refuses %j', (p) => {
    expect(resolveAppPath(p, root)).toBeNull();
  });
});
