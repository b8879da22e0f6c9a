import { describe, expect, it } from 'vitest';
import { languageOfLocale, startupFailureText, testUserDataDir } from './startup';

describe('testUserDataDir', () => {
  const env = { CASELINE_USER_DATA: '/tmp/caseline-electron-x1' };

  it('takes the tests’ folder in a development build', () => {
    expect(testUserDataDir(env, false)).toBe('/tmp/caseline-electron-x1');
  });

  it('never in a packaged build', () => {
    expect(testUserDataDir(env, true)).toBeNull();
  });

  it('ignores an unset, empty or relative folder', () => {
    expect(testUserDataDir({}, false)).toBeNull();
    expect(testUserDataDir({ CASELINE_USER_DATA: '' }, false)).toBeNull();
    expect(testUserDataDir({ CASELINE_USER_DATA: 'data' }, false)).toBeNull();
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['kk', 'kk'],
    ['kk-KZ', 'kk'],
    ['en-US', 'en'],
    ['ru', 'ru'],
    ['ru-KZ', 'ru'],
    ['de-DE', 'ru'],
    ['', 'ru'],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});

describe('startupFailureText', () => {
  const log = '/home/a/.config/Caseline/logs/caseline.log';
  const error = new Error("EACCES: permission denied, open '/home/a/.config/Caseline/caseline.json'");

  it('says what went wrong and where the log is, in the app language', () => {
    expect(startupFailureText('ru', error, log)).toEqual({
      title: 'Не удалось запустить Caseline',
      content: expect.stringContaining(
        "Не удалось запустить Caseline: EACCES: permission denied, open '/home/a/.config/Caseline/caseline.json'",
      ) as string,
    });
    for (const language of ['en', 'ru', 'kk'] as const) {
      const { content } = startupFailureText(language, error, log);
      expect(content, language).toContain(log);
      expect(content, language).toContain('EACCES: permission denied');
    }
    expect(startupFailureText('kk', error, log).title).toBe('Caseline іске қосылмады');
    expect(startupFailureText('en', 'no window', log).content).toMatch(
      /^Caseline could not start: no window\n/,
    );
  });
});
