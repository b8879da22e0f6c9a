/**
 * What every printed page carries in its margins, whatever the document: whose and how
 * confidential (top left), for whom (top right), who printed it and when (bottom left), and
 * "page N / M" (bottom right). Written as CSS @page margin boxes, which the Chromium print engine
 * draws on every page with the document's own font, so a page torn from the pack still says
 * what it is; counter(pages) gives the total only the print engine knows.
 */

/** The texts of a document's page margins, in its language. */
export type PageFrame = {
  /** e.g. 'CONFIDENTIAL · Case summary POL-2026-0042' */
  readonly topLeft: string;
  /** e.g. 'For: The multi-agency case meeting' */
  readonly topRight: string;
  /** e.g. 'Printed by Aigerim Seitkali, Almaly District Police, 12.03.2026 10:05' */
  readonly bottomLeft: string;
};

/**
 * Text as a CSS string: quotes and backslashes escaped, line breaks and other control
 * characters made spaces (they would end the string), invisible direction controls dropped.
 */
export function cssString(text: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- control characters are what this pattern removes.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
  return `"${clean}"`;
}

const BOX = `font-family: 'Noto Sans', sans-serif; font-size: 7.5pt; color: #333;`;

/** The @page rule with the margin boxes for `frame`. */
export function pageCss(frame: PageFrame): string {
  return `@page {
  @top-left { content: ${cssString(frame.topLeft)}; ${BOX} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(frame.topRight)}; ${BOX} vertical-align: bottom; padding-bottom: 3mm; text-align: right; }
  @bottom-left { content: ${cssString(frame.bottomLeft)}; ${BOX} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: counter(page) " / " counter(pages); ${BOX} vertical-align: top; padding-top: 3mm; text-align: right; }
}`;
}
