import { describe, expect, it } from 'vitest';
import { describeDetail, formatLogLine, refusedMessage, refusedOrigin, urlOrigin } from './logLine';

const AT = new Date('2025-03-01T09:05:07.123Z');

describe('describeDetail', () => {
  it('keeps an error kind, its system code and its stack frames, never its message', () => {
    const e = Object.assign(
      new Error("ENOENT: no such file or directory, open '/home/a/Гүлнар Әбенова.pdf'"),
      {
        code: 'ENOENT',
        syscall: 'open',
      },
    );
    const described = describeDetail(e);
    expect(described).toMatch(/^Error ENOENT \(open\) \| at /);
    expect(described).not.toContain('Гүлнар');
    expect(described).not.toContain('no such file');
  });

  it('drops what JSON.parse quotes from the text it failed on', () => {
    let error: unknown;
    try {
      JSON.parse('Дана Омарова, 900101300123');
    } catch (e) {
      error = e;
    }
    expect(String(error)).toContain('Дана');
    const described = describeDetail(error);
    expect(described.startsWith('SyntaxError')).toBe(true);
    expect(described).not.toContain('Дана');
  });

  it('keeps a string as given and names any other value only by its type', () => {
    expect(describeDetail('/data/caseline.json.corrupt-20250301T090507123Z')).toBe(
      '/data/caseline.json.corrupt-20250301T090507123Z',
    );
    expect(describeDetail({ victim: 'Гүлнар' })).toBe('object');
    expect(describeDetail(undefined)).toBe('');
  });
});

describe('formatLogLine', () => {
  it('writes time, level, message and detail on one line', () => {
    expect(formatLogLine(AT, 'warn', 'the settings file was unreadable', '/x.corrupt')).toBe(
      '2025-03-01T09:05:07.123Z warn the settings file was unreadable /x.corrupt',
    );
    const line = formatLogLine(AT, 'error', 'start-up failed', new TypeError('x'));
    expect(line).toMatch(/^2025-03-01T09:05:07\.123Z error start-up failed TypeError \| at /);
    expect(line).not.toContain('\n');
  });
});

describe('refusals', () => {
  it('name the origin only', () => {
    expect(urlOrigin('https://evil.example:8443/a?b=c#d')).toBe('https://evil.example:8443');
    expect(urlOrigin('file:///home/a/b.pdf')).toBe('file:');
    expect(urlOrigin('javascript:alert(1)')).toBe('javascript:');
    expect(urlOrigin('')).toBe('(not a URL)');
    expect(refusedMessage('window', 'https://popup.example/x?iin=900101300123')).toBe(
      'refused window https://popup.example',
    );
  });

  it('are read back from a log line, and nothing else is', () => {
    const line = formatLogLine(AT, 'warn', refusedMessage('navigation', 'https://example.org/phish'));
    expect(refusedOrigin(line)).toBe('https://example.org');
    expect(refusedOrigin(formatLogLine(AT, 'warn', 'denied permission media'))).toBeNull();
    expect(refusedOrigin(formatLogLine(AT, 'error', 'host print-pdf failed'))).toBeNull();
  });
});
