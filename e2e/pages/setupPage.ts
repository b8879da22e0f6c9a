import type { Page } from '@playwright/test';

export type SetupAnswers = {
  readonly language: 'English' | 'Русский' | 'Қазақша';
  readonly agencyName: string;
  /** The visible label of the agency kind, in the chosen language. */
  readonly agencyKind?: string;
  readonly region?: string;
  readonly staffName: string;
};

/** The first-run screen. Labels are found by their text in the chosen language. */
export class SetupScreen {
  constructor(private readonly page: Page) {}

  async chooseLanguage(language: SetupAnswers['language']): Promise<void> {
    await this.page.getByRole('radio', { name: language }).check();
  }

  async complete(
    labels: { agency: string; kind: string; region: string; staff: string; finish: string },
    answers: SetupAnswers,
  ): Promise<void> {
    await this.chooseLanguage(answers.language);
    await this.page.getByLabel(labels.agency, { exact: true }).fill(answers.agencyName);
    if (answers.agencyKind)
      await this.page.getByLabel(labels.kind).selectOption({ label: answers.agencyKind });
    if (answers.region) await this.page.getByLabel(labels.region).fill(answers.region);
    await this.page.getByLabel(labels.staff, { exact: true }).fill(answers.staffName);
    await this.page.getByRole('button', { name: labels.finish }).click();
  }
}

/** Setup labels per language, as a user reads them on screen. */
export const SETUP_LABELS = {
  English: {
    agency: 'Your agency',
    kind: 'Kind of agency',
    region: 'Region or city',
    staff: 'Your name',
    finish: 'Start using Caseline',
  },
} as const;
