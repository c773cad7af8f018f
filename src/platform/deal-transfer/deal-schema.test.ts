import { describe, expect, it } from 'vitest';
import { deals } from '../../data/deals';
import type { DealRecord } from '../../core/types';
import { validateDeal } from './deal-schema';

const good: DealRecord = {
  id: 'acme-2024-03-funding',
  type: 'funding',
  target: { id: 'acme', name: 'Acme' },
  investors: [{ id: 'big-fund', name: 'Big Fund', role: 'lead' }, { name: 'Angel' }],
  amount: { currency: 'USD', amount: 1e8, amountMax: 1.2e8, approx: 'about' },
  round: 'Series B',
  valuation: { currency: 'USD', amount: 1e9, basis: 'post' },
  date: '2024-03-10',
  sector: 'ai',
  sources: [{ url: 'https://example.com/a?b=c', title: 'T', publisher: 'P', date: '2024-03-10', quote: 'Q' }],
  origin: 'captured',
  confidence: 0.7,
};

function reasonFor(patch: Record<string, unknown>): string {
  const result = validateDeal({ ...good, ...patch });
  return result.ok ? 'ok' : result.reason;
}

describe('validateDeal', () => {
  it('accepts every bundled deal and a complete record', () => {
    for (const d of deals) expect(validateDeal(d), d.id).toMatchObject({ ok: true });
    expect(validateDeal(good)).toEqual({ ok: true, deal: good });
  });

  it('accepts month-only dates, no investors, no sources and the optional fields left out', () => {
    expect(reasonFor({ date: '2024-03', investors: [], sources: [], amount: undefined, round: undefined })).toBe('ok');
  });

  it.each([
    [{ id: 'Acme_2024' }, 'id: must be lowercase words'],
    [{ id: 'acme--x' }, 'id: must be lowercase words'],
    [{ id: 42 }, 'id: must be text'],
    [{ id: undefined }, 'id: is missing'],
    [{ type: 'loan' }, 'type: must be funding, acquisition'],
    [{ date: '2024-02-30' }, 'date: must be a real date'],
    [{ date: '2024-3-1' }, 'date: must be a real date'],
    [{ target: { name: '  ' } }, 'target.name: must not be empty'],
    [{ target: { name: 'Acme', role: 'lead' } }, 'target.role: unknown field'],
    [{ investors: [{ name: 'X', role: 'boss' }] }, 'investors[0].role: must be lead, participant, or existing'],
    [{ investors: [{ id: 'x', name: 'X' }, { id: 'x', name: 'X again' }] }, 'the same investor is listed twice'],
    [{ investors: [{ id: 'acme', name: 'Acme' }] }, 'the target cannot invest in its own deal'],
    [{ investors: 'Big Fund' }, 'investors: must be a list'],
    [{ amount: { currency: 'USD', amount: -5 } }, 'amount.amount: must be positive'],
    [{ amount: { currency: 'USD', amount: 0 } }, 'amount.amount: must be positive'],
    [{ amount: { currency: 'USD', amount: '5' } }, 'amount.amount: must be a number'],
    [{ amount: { currency: 'USD', amount: Infinity } }, 'amount.amount: must be finite'],
    [{ amount: { currency: 'usd', amount: 5 } }, 'amount.currency: must be an ISO 4217 currency code'],
    [{ amount: { currency: 'XYZ', amount: 5 } }, 'amount.currency: must be an ISO 4217 currency code'],
    [{ amount: { currency: 'USD', amount: 5, amountMax: 4 } }, 'amountMax must be greater than amount'],
    [{ amount: { currency: 'USD', amount: 5, approx: 'roughly' } }, 'amount.approx: must be about'],
    [{ valuation: { currency: 'USD', amount: 5, basis: 'mid' } }, 'valuation.basis: must be pre or post'],
    [{ round: '' }, 'round: must not be empty'],
    [{ sector: 'AI' }, 'sector: must be lowercase kebab-case'],
    [{ origin: 'mine' }, 'origin: must be bundled, captured'],
    [{ confidence: 1.5 }, 'confidence: must be between 0 and 1'],
    [{ confidence: -0.1 }, 'confidence: must be between 0 and 1'],
    [{ extra: true }, 'extra: unknown field'],
  ])('rejects %j with "%s"', (patch, reason) => {
    expect(reasonFor(patch)).toContain(reason);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'vbscript:msgbox',
    '//example.com/x',
    'https://exa mple.com/',
    'https://example.com/\nx',
    'not a url',
    'https://user:secret@example.com/story',
    'https://user@example.com/story',
  ])('rejects the source URL %j', (url) => {
    expect(reasonFor({ sources: [{ url, publisher: 'P', date: '2024-03-10' }] })).toContain('sources[0].url: must be an http or https URL');
  });

  it('rejects a source date that is only a month, and a blank publisher', () => {
    expect(reasonFor({ sources: [{ publisher: 'P', date: '2024-03' }] })).toContain('sources[0].date: must be a real date YYYY-MM-DD');
    expect(reasonFor({ sources: [{ publisher: '', date: '2024-03-01' }] })).toContain('sources[0].publisher: must not be empty');
  });

  it('lists every problem of a record', () => {
    expect(reasonFor({ id: 'X', confidence: 2 })).toBe('id: must be lowercase words of letters or digits joined by single dashes, after an optional "unknown:" or "user:"; confidence: must be between 0 and 1');
  });

  it('rejects what is not an object', () => {
    for (const value of [null, 5, 'deal', []]) expect(validateDeal(value)).toMatchObject({ ok: false, reason: 'must be an object' });
  });
});
