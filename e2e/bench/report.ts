/**
 * How every benchmark prints its figures: each as it is measured (what, the value, its budget
 * from the issue and how much of the budget it used, "met" when at or within it), then all of
 * them again as one table at the end.
 */

/** A budget: at most (`lower` is better) or at least (`higher` is better) `value`. */
export type Budget = { readonly value: number; readonly better: 'lower' | 'higher' };

export type Reporter = {
  readonly report: (what: string, value: number, unit: string, budget?: Budget) => void;
  /** Prints every figure reported so far as one table under `title`. */
  readonly summary: (title: string) => void;
};

/** One script's figures. */
export function reporter(): Reporter {
  const rows: string[][] = [];
  return {
    report(what, value, unit, budget) {
      const ratio = budget ? (budget.better === 'lower' ? value / budget.value : budget.value / value) : null;
      rows.push([
        what,
        `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)} ${unit}`,
        budget ? `${budget.better === 'lower' ? '≤' : '≥'} ${Number(budget.value.toFixed(2))} ${unit}` : '',
        ratio === null ? '' : `${ratio.toFixed(2)} of budget${ratio <= 1 ? ' (met)' : ' (MISSED)'}`,
      ]);
      process.stdout.write(`  ${what}: ${rows[rows.length - 1]!.slice(1).filter(Boolean).join(' · ')}\n`);
    },
    summary(title) {
      const width = Math.max(...rows.map((r) => r[0]!.length));
      process.stdout.write(`\n${title} (${new Date().toISOString()})\n`);
      for (const r of rows)
        process.stdout.write(`${r[0]!.padEnd(width)}  ${r[1]!.padStart(16)}  ${r[2]!.padEnd(16)}  ${r[3]}\n`);
    },
  };
}
