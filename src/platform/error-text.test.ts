import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidDealError } from './deal-transfer';
import { errorText } from './error-text';

describe('errorText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the errors DealLens knows in words, and keeps a worded message', () => {
    expect(errorText(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))).toBe("the browser's storage for DealLens is full");
    expect(errorText({ name: 'StoreFullError', message: 'the deal store is full (50000 deals…)' })).toBe('the deal store is at its limit and has no older captured deal to remove');
    expect(errorText(new InvalidDealError('This deal is not valid: date: must be a real date YYYY-MM-DD or YYYY-MM'))).toMatch(/^This deal is not valid/);
  });

  it('says anything else is an internal error, and puts the detail in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(errorText(new Error('rate refresh failed: https://… answered 503'))).toBe('an internal error (details in the browser console)');
    expect(warn).toHaveBeenCalledOnce();
  });
});
