/**
 * One format for every line the host logs, to stderr and to the log file alike. A line never
 * holds case data: the message is fixed text, an error is reduced to its kind, code and stack
 * frames (its message can quote a file name, which may be a person's name, or a file's
 * content), and a refused URL to its origin (its path or query could carry anything).
 */
export type LogLevel = 'warn' | 'error';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** What a log line keeps of a detail: see the file comment. */
export function describeDetail(detail: unknown): string {
  if (detail === undefined) return '';
  if (typeof detail === 'string') return detail;
  if (detail instanceof Error) {
    const code = isRecord(detail) && typeof detail.code === 'string' ? ` ${detail.code}` : '';
    const syscall = isRecord(detail) && typeof detail.syscall === 'string' ? ` (${detail.syscall})` : '';
    const frames = (detail.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .map((line) => line.trim());
    return [`${detail.name}${code}${syscall}`, ...frames].join(' | ');
  }
  return typeof detail;
}

/** `2025-03-01T09:05:07.123Z warn <message> <detail>`, on one line. */
export function formatLogLine(now: Date, level: LogLevel, message: string, detail?: unknown): string {
  const described = describeDetail(detail);
  const line = `${now.toISOString()} ${level} ${message}${described ? ` ${described}` : ''}`;
  return line.replace(/[\r\n]+/g, ' ');
}

/** What the shell refuses, each logged as one `refused <what> <origin>` warning. */
export type Refusal = 'navigation' | 'window' | 'webview' | 'request' | 'permission';

/** The scheme and host of a URL (`https://example.org`), or the scheme alone (`file:`). */
export function urlOrigin(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : u.protocol;
  } catch {
    return '(not a URL)';
  }
}

/** The log message for a refused URL. */
export function refusedMessage(what: Refusal, url: string): string {
  return `refused ${what} ${urlOrigin(url)}`;
}

const REFUSED = /\swarn refused (?:navigation|window|webview|request|permission) (\S+)/;

/** The origin a logged refusal names, or null for any other line (the e2e Electron adapter reads these). */
export function refusedOrigin(line: string): string | null {
  return REFUSED.exec(line)?.[1] ?? null;
}
