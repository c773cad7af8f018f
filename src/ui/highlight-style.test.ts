import { describe, expect, it } from 'vitest';
import { defaults, HIGHLIGHT_COLOURS, migrateSettings } from '../platform/settings';
import { buildHighlightCss, HIGHLIGHT_PALETTE, highlightDeclarations, highlightScopeFor } from './highlight-style';

describe('buildHighlightCss', () => {
  it('styles the four highlight names, by default as before (blue companies, amber money, filled)', () => {
    const css = buildHighlightCss(defaults.highlightStyle);
    expect(css).toContain('::highlight(deallens-company) { background-color: rgba(64, 140, 255, 0.22); text-decoration: none; }');
    expect(css).toContain('::highlight(deallens-money) { background-color: rgba(255, 196, 0, 0.32)');
    expect(css).toMatch(/::highlight\(deallens-active\) \{ background-color: rgba\(255, 120, 40, 0\.45\); \}/);
    // The mention under the mouse: a lighter shade of the active one, a fill only.
    expect(css).toMatch(/::highlight\(deallens-hover\) \{ background-color: rgba\(255, 120, 40, 0\.22\); \}/);
    expect(css.split('\n')).toHaveLength(4);
  });

  it('attaches the rules to :root where highlight styles are inherited (Chromium), to every element elsewhere', () => {
    const root = buildHighlightCss(defaults.highlightStyle, highlightScopeFor('chrome'));
    expect(root.split('\n').every((rule) => rule.startsWith(':root::highlight(deallens-'))).toBe(true);
    const every = buildHighlightCss(defaults.highlightStyle, highlightScopeFor('firefox'));
    expect(every.split('\n').every((rule) => rule.startsWith('::highlight(deallens-'))).toBe(true);
  });

  it('underline only: a transparent background and a thicker line in the chosen colour', () => {
    const css = buildHighlightCss({ company: { colour: 'grey', fill: true }, money: { colour: 'green', fill: false } });
    expect(css).toContain(`::highlight(deallens-money) { background-color: transparent; text-decoration: underline 3px ${HIGHLIGHT_PALETTE.green.line}`);
    expect(css).toContain(`::highlight(deallens-company) { background-color: ${HIGHLIGHT_PALETTE.grey.fill}`);
  });

  it('fills without a line: a line makes every change of the registered highlights recompute overflow in Chromium', () => {
    for (const colour of HIGHLIGHT_COLOURS) expect(highlightDeclarations({ colour, fill: true })).not.toMatch(/underline|text-shadow/);
  });

  it('has a colour for every named choice and never lets a stored value into the CSS', () => {
    for (const colour of HIGHLIGHT_COLOURS) expect(highlightDeclarations({ colour, fill: true })).toContain(HIGHLIGHT_PALETTE[colour].fill);
    const damaged = migrateSettings({ highlightStyle: { money: { colour: '} body { display: none', fill: false } } });
    expect(buildHighlightCss(damaged.highlightStyle)).not.toContain('display');
  });
});
