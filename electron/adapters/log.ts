import type { LogPort } from '../host/ports';

/** The main process's log: one line per event on stderr. Never case data, only what failed. */
export const stderrLog: LogPort = {
  warn: (message, detail) => write('warn', message, detail),
  error: (message, detail) => write('error', message, detail),
};

function write(level: string, message: string, detail: unknown): void {
  const extra = detail instanceof Error ? ` ${detail.message}` : '';
  process.stderr.write(`${new Date().toISOString()} ${level} ${message}${extra}\n`);
}
