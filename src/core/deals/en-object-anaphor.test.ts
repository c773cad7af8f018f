import { describe, expect, it } from 'vitest';
import { objectAnaphor } from './en-object-anaphor';

describe('objectAnaphor', () => {
  it('finds the description of a company bought', () => {
    expect(objectAnaphor('Zhejiang Geely Holding, which bought the Swedish carmaker from Ford for $1.8bn in August 2010, will remain the controlling shareholder.')?.text).toBe('the Swedish carmaker');
    expect(objectAnaphor('Kestrel completed its acquisition of the company in March.')?.text).toBe('the company');
    expect(objectAnaphor('Meridian Insight Group said it had agreed to acquire the firm for £36m.')?.text).toBe('the firm');
    expect(objectAnaphor('Kestrel will buy the Leeds consultancy for £36m.')?.text).toBe('the Leeds consultancy');
    expect(objectAnaphor('Harbor Lake Capital has invested $40 million in the Boulder startup.')?.text).toBe('the Boulder startup');
  });
  it('refuses other companies and other words', () => {
    expect(objectAnaphor('Kestrel bought the rival firm last year.')).toBeUndefined();
    expect(objectAnaphor('Kestrel bought a company in Ohio.')).toBeUndefined();
    expect(objectAnaphor('Kestrel bought the company’s brands.')).toBeUndefined();
    expect(objectAnaphor('The company bought back shares.')).toBeUndefined();
  });
});
