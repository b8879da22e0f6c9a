/**
 * The benchmark page's functions as the Node scripts call them. Each page module puts its
 * functions on the window under one name (and says so to TypeScript); `pageCaller(name)` gives
 * a `call(page, function, ...args)` typed from that module's own functions, so no script
 * restates what the page offers.
 */
import type { Page } from '@playwright/test';
import type { BenchApi } from './page/bench';
import type { ProtectionBenchApi } from './page/protection';
import type { SharingBenchApi } from './sharingPage';

type PageApis = { bench: BenchApi; sharingBench: SharingBenchApi; protectionBench: ProtectionBenchApi };

type Fn = (...args: never[]) => Promise<unknown>;

/** A typed caller of the functions a page module put on the window as `api`. */
export function pageCaller<N extends keyof PageApis>(api: N) {
  return <K extends keyof PageApis[N]>(
    page: Page,
    name: K,
    ...args: PageApis[N][K] extends Fn ? Parameters<PageApis[N][K]> : never
  ): Promise<PageApis[N][K] extends Fn ? Awaited<ReturnType<PageApis[N][K]>> : never> =>
    page.evaluate(
      ([a, n, rest]) => {
        // Looked up by name in the page: the names are checked on this side, by the types above.
        const fns = window[a] as Record<string, (...x: unknown[]) => Promise<unknown>> | undefined;
        return fns![n]!(...rest);
      },
      [api, name as string, args as unknown[]] as const,
    ) as never;
}
