/**
 * Runs async jobs one after another. The host's files are read, changed and written back with
 * awaits in between; two calls arriving together must not both read the old file and the second
 * write drop the first's change.
 */
export function serial(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
