import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, resolveAppPath } from './trustedUrl';

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl('app://caseline/index.html')).toBe(true);
    expect(isAppUrl('app://caseline/index.html#/cases/1')).toBe(true);
  });

  it.each([
    'app://caseline.evil/index.html',
    'app://caseline@evil/index.html',
    'app://evil/caseline/index.html',
    'app://user:pw@caseline/index.html',
    'app://caseline:8080/index.html',
    'https://caseline/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'blob:app://caseline/123',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens nothing by default', () => {
    expect(isAllowedExternalUrl('https://example.org/')).toBe(false);
  });

  it('opens only https to a listed host', () => {
    const list = ['help.caseline.kz'];
    expect(isAllowedExternalUrl('https://help.caseline.kz/guide', list)).toBe(true);
    expect(isAllowedExternalUrl('http://help.caseline.kz/guide', list)).toBe(false);
    expect(isAllowedExternalUrl('https://help.caseline.kz.evil.com/', list)).toBe(false);
    expect(isAllowedExternalUrl('https://x@help.caseline.kz/', list)).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@help.caseline.kz', list)).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = '/opt/caseline/renderer';
  it('maps paths inside the folder', () => {
    expect(resolveAppPath('/', root)).toBe('/opt/caseline/renderer/index.html');
    expect(resolveAppPath('/assets/app.js', root)).toBe('/opt/caseline/renderer/assets/app.js');
  });

  it.each([
    '/../secret',
    '/assets/../../x',
    '/%2e%2e/x',
    '/%2E%2E%2Fx',
    '/a%5c..%5cb',
    '/a\\b',
    '/a%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (p) => {
    expect(resolveAppPath(p, root)).toBeNull();
  });
});
