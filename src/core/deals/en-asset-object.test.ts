import { describe, expect, it } from 'vitest';
import { assetObject } from './en-asset-object';

const asset = (text: string, after: string) => assetObject(text, text.indexOf(after) + after.length, text.length)?.name;

describe('assetObject', () => {
  it('names the assets that change hands', () => {
    expect(asset('Rocky Ridge Energy has sold its Montney assets to Itoshima Corp for C$1.25 billion.', 'has sold')).toBe('Montney assets');
    expect(asset('Goldfields Pacific has sold its 50 per cent stake in the Mount Kestrel copper project to Ironbark Metals.', 'has sold')).toBe('Mount Kestrel copper project');
    expect(asset('Pub group Greene & Hollis has snapped up 62 sites from struggling rival Alder Taverns for £48m.', 'snapped up')).toBe('62 sites');
    expect(asset('Pennant Vets has completed its £95m purchase of 28 practices from rival Cotswold Animal Care.', 'purchase of')).toBe('28 practices');
    // (Session dealsen18: a clause on what the buyer did not own may follow the asset.)
    expect(asset('Goldfields Ridge Mining has acquired the remaining 55% of the Mount Garnet copper project it did not already own from Tasman Copper.', 'remaining 55% of')).toBe('Mount Garnet copper project');
  });
  it('names nothing where the text names no asset', () => {
    expect(asset('Acme sold its assets to Beta for $5 million.', 'sold')).toBeUndefined();
    expect(asset('Acme bought a stake in the company.', 'bought')).toBeUndefined();
    expect(asset('Acme bought 40 percent of Beta.', 'bought')).toBeUndefined();
  });
});
