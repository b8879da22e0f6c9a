/**
 * The meeting and export figures of `npm run bench` (issue 8), run by run.ts on its workspace of
 * 1,000 demo cases: agenda suggestions over every case, a case summary PDF of a 1,000-entry case
 * from the click to the file written, and a meeting pack of 10 cases. Measured as a user meets
 * them, through the app's screens and the real host, except the suggestions' own cost, which is
 * also measured alone over the same kind of stored summaries.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { calendarDateAt, instantAt } from '../../shared/dates';
import { demoDraft, generateDemo } from '../../shared/demo/generator';
import { suggestAgenda, type AgendaCase } from '../../shared/domain/agenda';
import { summariseCase } from '../../shared/domain/summary';
import type { Entry } from '../../shared/domain/types';
import type { AgencyId, CaseId, EntryId } from '../../shared/ids';
import { kzDottedDate } from '../dates';
import type { RunningApp } from '../harness';
import { typeDate } from '../pages/meetingPages';
import { goInApp } from '../pages/shell';
import { openApp, openBenchPage } from './app';

type Report = (
  what: string,
  value: number,
  unit: string,
  target?: { value: number; better: 'lower' | 'higher' },
) => void;
/** The bench page's loader of one extra case of `n` entries (bench.ts). */
type BigCase = (n: number) => Promise<{ id: string; reference: string }>;

const OFFSET = 300;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * suggestAgenda alone over `count` demo cases' summaries, computed as the app stores them: the
 * work the meeting screen does each time its agenda changes.
 */
function suggestionsAlone(count: number): number {
  const ms = Date.now();
  const today = calendarDateAt(ms, OFFSET);
  const now = instantAt(ms, OFFSET);
  const home = {
    id: '01900000-0000-7000-8000-000000000001' as AgencyId,
    name: 'УП',
    kind: 'police' as const,
  };
  const cases: AgendaCase[] = generateDemo({
    seed: 2026,
    cases: count,
    entriesPerCase: 30,
    today,
    now,
    home,
  }).map((demo, i) => {
    const caseId = `case-${i}` as CaseId;
    const ids: string[] = [];
    const entries = demo.entries.map((d, n): Entry => {
      const id = `${caseId}-${n}` as EntryId;
      const entry = { ...demoDraft(d, caseId, ids), id, recordedAt: now, hash: '' };
      ids.push(id);
      return entry;
    });
    const summary = summariseCase({
      previous: {
        riskLevel: null,
        lastAssessmentAt: null,
        measures: [],
        deadlines: [],
        openActions: 0,
        lastActivityAt: demo.createdAt,
        lastContactAt: null,
        agencies: [],
        entryCount: 0,
      },
      added: entries,
      relevant: entries,
    });
    return { id: caseId, reference: `DEMO-${i}`, status: demo.status, summary };
  });
  const since = instantAt(ms - 28 * 86_400_000, OFFSET);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    suggestAgenda(cases, { since, today });
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Waits for a status line, as the screens show a saved document. */
async function status(page: Page, text: RegExp | string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 300_000 });
}

/** Milliseconds from a click to the file on disk and the status naming it. */
async function clickToFile(app: RunningApp, path: string, click: () => Promise<void>) {
  await app.dialogs.nextSave(path);
  const t0 = performance.now();
  await click();
  await status(app.page, path);
  const ms = performance.now() - t0;
  if ((await stat(path)).size < 1000) throw new Error(`${path} was not written`);
  return ms;
}

export async function exportBenchmarks(app: RunningApp, bigCase: BigCase, report: Report): Promise<void> {
  const { page } = app;
  report(
    'agenda suggestions over 1,000 stored case summaries (suggestAgenda alone, median)',
    suggestionsAlone(1000),
    'ms',
    {
      value: 200,
      better: 'lower',
    },
  );

  // A case of 1,000 entries: its summary for this agency (every entry printed), click to file written.
  const big = await bigCase(1000);
  // From the bench page: a page load, so it signs in; everything after moves inside the app.
  await openApp(page, `#/cases/${big.id}`);
  await page.locator('.timeline .entry').first().waitFor({ timeout: 120_000 });
  const pdfTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Печать сводки' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Только моё ведомство').check();
    pdfTimes.push(
      await clickToFile(app, join(app.dataDir, `summary-${i}.pdf`), () =>
        dialog.getByRole('button', { name: 'Сохранить в PDF…' }).click(),
      ),
    );
  }
  report(
    'case summary PDF of a 1,000-entry case: click to file written (median of 3)',
    median(pdfTimes),
    'ms',
    {
      value: 3000,
      better: 'lower',
    },
  );

  // A meeting of 10 cases: the suggestions on screen with 1,000 cases, then its pack.
  await goInApp(page, '#/meetings');
  await page.getByRole('button', { name: 'Назначить совещание' }).first().click();
  const dialog = page.getByRole('dialog');
  await typeDate(page, dialog, 'Дата', kzDottedDate(0));
  for (const box of await dialog.getByRole('checkbox').all()) if (await box.isEnabled()) await box.check();
  await dialog.getByRole('button', { name: 'Назначить', exact: true }).click();
  await page.locator('.suggestion-list li').first().waitFor({ timeout: 120_000 });
  const meetingUrl = page.url();
  const shown: number[] = [];
  for (let i = 0; i < 3; i++) {
    await goInApp(page, '#/meetings');
    await page.locator('.meeting-row').first().waitFor();
    const t0 = performance.now();
    await goInApp(page, meetingUrl);
    await page.locator('.suggestion-list li').first().waitFor({ timeout: 120_000 });
    shown.push(performance.now() - t0);
  }
  report(
    'meeting screen with suggestions over 1,000 cases: open to first suggestion (median of 3)',
    median(shown),
    'ms',
  );
  const add = page.locator('.suggestion-list li button');
  for (let i = 0; i < 10; i++) await add.first().click();
  await page.getByText('Все изменения сохранены').waitFor();
  const packTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Материалы к совещанию…', exact: true }).click();
    packTimes.push(
      await clickToFile(app, join(app.dataDir, `pack-${i}.pdf`), () =>
        page.getByRole('dialog').getByRole('button', { name: 'Сохранить в PDF…' }).click(),
      ),
    );
  }
  report('meeting pack of 10 demo cases: click to file written (median of 3)', median(packTimes), 'ms', {
    value: 5000,
    better: 'lower',
  });
  // Back to the bench page as run.ts left it, its data layer on the encrypted database.
  await openBenchPage(page);
}
