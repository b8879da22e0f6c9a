import type { LogPort } from '../host/ports';
import { formatLogLine, type LogLevel } from '../host/logLine';

/** A log that writes finished lines somewhere; the level and format are the same everywhere. */
export function lineLog(write: (line: string) => void, now: () => Date = () => new Date()): LogPort {
  const log = (level: LogLevel) => (message: string, detail?: unknown) => {
    try {
      write(formatLogLine(now(), level, message, detail));
    } catch {
      // The log itself failed (stderr closed, disk full): there is nowhere left to say so.
    }
  };
  return { warn: log('warn'), error: log('error') };
}

/** The main process's log on stderr (`console` is banned by lint). */
export const stderrLog: LogPort = lineLog((line) => process.stderr.write(`${line}\n`));

/** Writes every line to each of `logs`. */
export function teeLog(...logs: readonly LogPort[]): LogPort {
  return {
    warn: (message, detail) => logs.forEach((l) => l.warn(message, detail)),
    error: (message, detail) => logs.forEach((l) => l.error(message, detail)),
  };
}
