import type { LogPort } from '../host/ports';

/**
 * The main process's log: one line per event on stderr (`console` is banned by lint). It says
 * what failed, never case data: callers pass an operation name and the error.
 */
export const stderrLog: LogPort = {
  warn: (message, detail) => write('warn', message, detail),
  error: (message, detail) => write('error', message, detail),
};

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  if (detail instanceof Error) return ` ${detail.stack ?? `${detail.name}: ${detail.message}`}`;
  return typeof detail === 'string' ? ` ${detail}` : '';
}

function write(level: 'warn' | 'error', message: string, detail: unknown): void {
  try {
    process.stderr.write(`${new Date().toISOString()} ${level} ${message}${describe(detail)}\n`);
  } catch {
    // stderr closed (a packaged app started without a terminal): nothing left to tell.
  }
}
