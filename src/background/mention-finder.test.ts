import { describe, expect, it } from 'vitest';
import { createMentionFinder } from './mention-finder';

describe('mention finder: one memory per page run', () => {
  const names = (found: { companies: { text: string; id: string }[] }) => found.companies.map((c) => `${c.text}=${c.id}`);

  it('links a short form defined in an earlier slice of the same run, not of another run', async () => {
    const finder = createMentionFinder(async () => []);
    const context = { lang: 'en' };
    expect(names(await finder.find('Halvardsen Mining Corp agreed to buy a copper mine.', context, 'run-1'))).toEqual(['Halvardsen Mining Corp=unknown:halvardsen-mining']);
    expect(names(await finder.find('Halvardsen said the deal would close in May.', context, 'run-1'))).toEqual(['Halvardsen=unknown:halvardsen-mining']);
    expect(names(await finder.find('Halvardsen said the deal would close in May.', context, 'run-2'))).toEqual([]);
    expect(names(await finder.find('Halvardsen said the deal would close in May.', context))).toEqual([]);
  });

  it('forgets the pages after the added companies change', async () => {
    const finder = createMentionFinder(async () => []);
    await finder.find('Halvardsen Mining Corp agreed to buy a copper mine.', {}, 'run-1');
    finder.reset();
    expect(names(await finder.find('Halvardsen said the deal would close in May.', {}, 'run-1'))).toEqual([]);
  });
});
