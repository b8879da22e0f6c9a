import { describe, expect, it } from 'vitest';
import { cssString, pageCss } from './pageFrame';

describe('pageCss', () => {
  it('puts page N / M and the frame texts in the margin boxes of every page', () => {
    const css = pageCss({
      topLeft: 'ҚҰПИЯ · Іс POL-1',
      topRight: 'Кімге: жиналыс',
      bottomLeft: 'Басып шығарған: Дана',
    });
    expect(css).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(css).toContain('@top-left { content: "ҚҰПИЯ · Іс POL-1";');
    expect(css).toContain("font-family: 'Noto Sans'");
  });

  it('keeps typed text inside its string: quotes, backslashes, line breaks, direction controls', () => {
    expect(cssString('Центр "Мейірім"\\ }\n@page{')).toBe('"Центр \\"Мейірім\\"\\\\ } @page{"');
    expect(cssString('ab\u202Ecd')).toBe('"abcd"');
  });
});
