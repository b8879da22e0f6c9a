import { describe, expect, it } from 'vitest';
import { boundaryProblem } from './boundaries.js';

describe('renderer lint zones', () => {
  it('lets a feature use another through its index only', () => {
    expect(boundaryProblem('renderer/features/cases/CasePage.tsx', 'renderer/features/timeline')).toBeNull();
    expect(
      boundaryProblem('renderer/features/cases/CasePage.tsx', 'renderer/features/timeline/index'),
    ).toBeNull();
    expect(
      boundaryProblem('renderer/features/cases/CasePage.tsx', 'renderer/features/timeline/EntryDialog'),
    ).toMatch(/internals of features\/timeline/);
    expect(
      boundaryProblem('renderer/features/cases/CasePage.tsx', 'renderer/features/cases/CaseHeader'),
    ).toBeNull();
  });

  it('keeps screens out of print views', () => {
    expect(boundaryProblem('renderer/print/CaseSummaryPrint.tsx', 'renderer/features/timeline')).toMatch(
      /Print views/,
    );
    expect(
      boundaryProblem('renderer/print/CaseSummaryPrint.tsx', 'renderer/ui/entry/EntryFields'),
    ).toBeNull();
  });

  it('keeps the database itself inside the data layer', () => {
    expect(boundaryProblem('renderer/features/demo/DemoSection.tsx', 'renderer/db/db')).toMatch(
      /repositories/,
    );
    expect(boundaryProblem('renderer/features/demo/x.ts', 'renderer/db/schema/v1')).toMatch(/repositories/);
    expect(boundaryProblem('renderer/features/demo/DemoSection.tsx', 'renderer/db/hooks')).toBeNull();
    expect(boundaryProblem('renderer/db/hooks.ts', 'renderer/db/db')).toBeNull();
    expect(boundaryProblem('renderer/db/caseRepo.test.ts', 'renderer/db/db')).toBeNull();
  });
});
