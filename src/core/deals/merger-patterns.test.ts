import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../companies';
import { extractMoney } from '../money/extract-money';
import type { CompanyRecord } from '../types';
import { extractDeals } from './extract-deals';

const records: CompanyRecord[] = [
  { id: 'northbay', name: 'Northbay Power Holdings', kind: 'company' },
  { id: 'ridgeway', name: 'Ridgeway Energy Group', kind: 'company' },
  { id: 'didi', name: 'Didi', kind: 'company' },
  { id: 'uber', name: 'Uber', kind: 'company' },
  { id: 'meituan', name: 'Meituan', zh: ['美团'], kind: 'company' },
  { id: 'dianping', name: 'Dianping', zh: ['大众点评'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const deals = (text: string) => extractDeals(text, extractMoney(text), findCompanies(text, matcher));

describe('mergers', () => {
  it('reads "X and Y agreed to merge" with the first party as target', () => {
    const [deal, ...rest] = deals('Northbay Power Holdings and Ridgeway Energy Group said on Tuesday they had agreed to merge in an all-stock deal.');
    expect(rest).toEqual([]);
    expect(deal).toMatchObject({ type: 'merger', target: { id: 'northbay' }, investors: [{ id: 'ridgeway' }] });
  });

  it('reads "X will merge with Y" and "X merged with Y"', () => {
    // A unit merging into a company: the unit is the target, the company its party, the owner none.
    expect(deals('Didi will merge with Uber’s China unit.')).toMatchObject([{ type: 'merger', target: { name: 'China unit' }, investors: [{ id: 'didi' }] }]);
    expect(deals('Meituan merged with Dianping in 2015.')[0]).toMatchObject({ type: 'merger', target: { id: 'meituan' } });
  });

  it('reads "the merger of X and Y" and 合并', () => {
    expect(deals('The merger of Meituan and Dianping created a giant.')[0]).toMatchObject({ type: 'merger', target: { id: 'meituan' }, investors: [{ id: 'dianping' }] });
    expect(deals('美团与大众点评合并。')[0]).toMatchObject({ type: 'merger', target: { id: 'meituan' }, investors: [{ id: 'dianping' }] });
  });

  it('does not count plans, talks or one-party mentions', () => {
    expect(deals('Northbay Power Holdings and Ridgeway Energy Group plan to merge next year.')).toEqual([]);
    expect(deals('Northbay Power Holdings is in talks to merge with Ridgeway Energy Group.')).toEqual([]);
    expect(deals('Northbay Power Holdings said the merger would be reviewed.')).toEqual([]);
    expect(deals('Didi wants to merge its units, Uber said.')).toEqual([]);
  });

  it('reads "the merger of X and Y" before a verb, and none that was blocked or collapsed', () => {
    expect(deals('The merger of Meituan and Dianping closed on Friday.')[0]).toMatchObject({ type: 'merger', target: { id: 'meituan' }, investors: [{ id: 'dianping' }] });
    expect(deals('The merger of Meituan and Dianping collapsed last week.')).toEqual([]);
    expect(deals('Regulators blocked the merger of Meituan and Dianping.')).toEqual([]);
  });

  it('takes the direction the text states: the company that merges into the survivor is the target', () => {
    const [deal] = deals('Northbay Power Holdings and Ridgeway Energy Group agreed to merge. Ridgeway will merge into Northbay, which will be the surviving company.');
    expect(deal).toMatchObject({ type: 'merger', target: { id: 'ridgeway' }, investors: [{ id: 'northbay' }] });
  });
});

describe('mergers of names the company data does not hold (session dealsen17)', () => {
  it('reads the two names after "the merger of"', () => {
    expect(deals('The merger of Corvane Systems and Telluric Analytics was completed on Monday.')).toMatchObject([{ type: 'merger', target: { name: 'Corvane Systems' }, investors: [{ name: 'Telluric Analytics' }] }]);
  });
  it('reads a pair with an appositive on each', () => {
    expect(deals('Corvane Systems, a Denver sensor maker, and Telluric Analytics, a Boulder data firm, have agreed to merge.')).toMatchObject([{ type: 'merger', target: { name: 'Corvane Systems' }, investors: [{ name: 'Telluric Analytics' }] }]);
  });
  it('reads a completed, previously announced merger and reported speech of one agreed', () => {
    expect(deals('Corvane Systems and Telluric Analytics have completed their previously announced merger.')).toMatchObject([{ type: 'merger', target: { name: 'Corvane Systems' } }]);
    expect(deals('Corvane Systems and Telluric Analytics said on Monday they would merge to create a company worth $2 billion.')).toMatchObject([{ type: 'merger', target: { name: 'Corvane Systems' } }]);
  });
  it('reads no merger with no second side, and none of a place or a planned one', () => {
    expect(deals('Corvane Systems is absorbing Telluric Analytics in an all-stock merger.').filter((d) => d.type === 'merger' && d.investors.length === 0)).toEqual([]);
    expect(deals('The merger of New York and New Jersey was called off.')).toEqual([]);
    expect(deals('Corvane Systems and Telluric Analytics announced plans to merge on Monday.')).toEqual([]);
  });
});


describe('mergers of session dealsen18', () => {
  it('reads a pair after a plural kind the data does not list ("US regional railroads")', () => {
    expect(deals('US regional railroads Plainsline Rail and Allegheny Southern agreed to a merger of equals on Tuesday.')).toMatchObject([{ type: 'merger', target: { name: 'Plainsline Rail' }, investors: [{ name: 'Allegheny Southern' }] }]);
  });
  it('reads companies that "will combine their businesses", and no merger of what they own', () => {
    expect(deals('Northbay Power Holdings and Ridgeway Energy Group will combine their businesses in a tie-up announced on Sunday.')).toMatchObject([{ type: 'merger', target: { name: 'Northbay Power Holdings' } }]);
    expect(deals('Northbay Power Holdings and Ridgeway Energy Group will combine their trading desks.')).toEqual([]);
  });
  it('reads a pair after "organisations", and a first name with "&"', () => {
    expect(deals('Contract research organisations Clinova and TrialPath are combining in an all-share merger.')).toMatchObject([{ type: 'merger', target: { name: 'Clinova' }, investors: [{ name: 'TrialPath' }] }]);
    expect(deals('Two Sacramento accounting firms, Delgado & Price and Whitcombe CPAs, have merged to form Delgado Whitcombe.')).toMatchObject([{ type: 'merger', target: { name: 'Delgado & Price' }, investors: [{ name: 'Whitcombe CPAs' }] }]);
  });
  it('reads no merger of a company bought with the unit of its buyer it is folded into', () => {
    const found = deals('Ridgeway Energy Group has bought Northbay Power Holdings. Northbay Power Holdings will be folded into Ridgeway’s renewables division.');
    expect(found.map((d) => d.type)).toEqual(['acquisition']);
  });
});
