import { describe, expect, it } from 'vitest';
import { createCompanyMatcher } from './create-company-matcher';
import { createPageMemory, findCompanies } from './find-companies';
import { dropProductNames } from './product-names';

const matcher = createCompanyMatcher([{ id: 'alibaba-group', name: 'Alibaba Group', shortNames: ['Alibaba'], kind: 'both' }]);
const unknown = (text: string, start: number, name: string) => ({ start, end: start + name.length, text: name, id: `unknown:${name.toLowerCase()}`, name });

// In our own words, the shape of a real page about a browser maker (issue 16, item 5).
const PAGE = [
  'Parts of the code will be merged into Foxglove, and Alibaba will host it.',
  'Foxglove 3.5 shipped in June. The Foxglove web browser runs on phones; Foxglove OS is next.',
  'Foxglove Mobile and Foxglove 4 followed.',
].join('\n');

describe('a name the page uses as a product’s', () => {
  it('is not highlighted as a company once enough of its mentions read as a product’s', () => {
    expect(findCompanies(PAGE, matcher).map((m) => m.text)).toEqual(['Alibaba']);
  });

  it('is counted across the page’s slices, and hides the name in the slices after', () => {
    const page = createPageMemory();
    const [first, ...rest] = PAGE.split('\n');
    expect(findCompanies(first!, matcher, undefined, page).map((m) => m.text)).toEqual(['Foxglove', 'Alibaba']);
    expect(findCompanies(rest.join('\n'), matcher, undefined, page).map((m) => m.text)).toEqual([]);
  });

  it('keeps a company whose figures or years follow its name', () => {
    const text = 'Kestrel 2024 revenue rose; Kestrel 10 percent higher; Kestrel 3 million users; Kestrel said.';
    const mentions = [0, 27, 52, 79].map((at) => unknown(text, at, 'Kestrel'));
    expect(dropProductNames(text, mentions, new Map())).toHaveLength(4);
  });

  it('counts a work’s nouns and subtitle as a product’s ("Star Wars movies", "Star Wars: The Mandalorian")', () => {
    const text = 'Watch Alibaba, Tmall and Moon Saga movies. Moon Saga: The Return; the LEGO Moon Saga sets; Moon Saga Heroes.';
    const mentions = [25, 43, 75, 91].map((at) => unknown(text, at, 'Moon Saga'));
    expect(dropProductNames(text, mentions, new Map())).toEqual([]);
  });

  it('leaves the names the data holds alone', () => {
    const text = 'Alibaba app, Alibaba 2, Alibaba OS.';
    const mentions = [0, 13, 24].map((at) => ({ start: at, end: at + 7, text: 'Alibaba', id: 'alibaba-group', name: 'Alibaba Group' }));
    expect(dropProductNames(text, mentions, new Map())).toHaveLength(3);
  });
});
