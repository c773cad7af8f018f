// English backers named after the round, in the ways funding stories name them (issue 17, item 3), and
// the English deal parts read with them: each case could fail on its own.
import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => annotate(text, { companies: matcher, context: { lang: 'en', date: '2025-01-15' } });
const backers = (text: string) => read(text).deals.flatMap((d) => d.investors.map((i) => `${i.name}${i.role === 'lead' ? '*' : ''}`));
const ROUND = 'Mistral AI has raised $120 million in a Series B round.';

describe('backers named in the sentences after a round', () => {
  it.each([
    [`${ROUND} The round also drew Accel, Index Ventures and Greylock.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} The round, which values the company at $1 billion, also drew Accel and Greylock.`, ['Accel', 'Greylock']],
    [`${ROUND} The Series B drew Accel, Index Ventures and Greylock.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} Accel, Index Ventures and Greylock, all earlier investors, returned for the round.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} Also participating were Accel, Index Ventures and Greylock.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} Participants included Accel and Greylock.`, ['Accel', 'Greylock']],
    [`${ROUND} Accel anchored the round.`, ['Accel*']],
    [`${ROUND} The round was backed by Accel, Index Ventures and Greylock.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} Index Ventures returned to lead the round.`, ['Index Ventures*']],
    [`${ROUND} Accel, the lead investor, was joined by Index Ventures and Greylock.`, ['Accel*', 'Index Ventures', 'Greylock']],
    [`${ROUND} It was led by Accel, and Index Ventures and Greylock also invested.`, ['Accel*', 'Index Ventures', 'Greylock']],
    // (Session dealsen18: "Also joining the round were"; names the reader left out inside a list; a name cut short before "also investing".)
    [`${ROUND} Also joining the round were Accel, Index Ventures and Greylock.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} Joining Sequoia Capital in the round were Accel and Greylock.`, ['Accel', 'Greylock']],
    [`${ROUND} It was backed by Accel, Index Ventures and Greylock.`, ['Accel', 'Index Ventures', 'Greylock']],
    [`${ROUND} Accel led the round. Quarry Hill, Tallwood and Index Ventures also participated.`, ['Accel*', 'Tallwood', 'Index Ventures']],
    [`${ROUND} Backers include Accel, which led the round, Tenacious Ventures, Artesian and Greylock.`, ['Accel*', 'Tenacious Ventures', 'Artesian', 'Greylock']],
  ])('%s', (text, expected) => {
    expect(backers(text)).toEqual(expect.arrayContaining(expected));
  });

  it('reads a round in a company the reader left out, and backers "following on"', () => {
    expect(read('Harbor Lake Capital led a $40 million Series B in Corvane Systems, with Redfern Ventures and Oakmont Partners joining.').deals.map((d) => d.target.name)).toEqual(['Corvane Systems']);
    expect(read('Harbor Lake Capital and Redfern Ventures have invested $40 million in Corvane Systems.').deals.map((d) => d.target.name)).toEqual(['Corvane Systems']);
    expect(backers('Corvane Systems raised $40 million in a Series B. Harbor Lake Capital led, with Redfern Ventures and Oakmont Partners following on.')).toEqual(['Harbor Lake Capital*', 'Redfern Ventures', 'Oakmont Partners']);
  });

  it('takes no exchange and no buyer of the next clause’s purchase for a backer', () => {
    expect(backers('Irish packaging group Corrib Packaging has raised €400m from its Euronext Dublin and London listing, pricing its shares at €2.10.')).toEqual([]);
    expect(read('Also this week, Lisbon-based Portolan raised €14m in a Series A led by Indico Capital, and Dutch logistics group Van Ommeren Transport bought Belgian courier Flashcourier.').deals.map((d) => `${d.target.name} <- ${d.investors.map((i) => i.name).join('+')}`)).toEqual(['Portolan <- Indico Capital', 'Flashcourier <- Van Ommeren Transport']);
  });

  it('reads the press’s words for a raise and for backing a company with money', () => {
    const deals = (text: string) => read(text).deals.map((d) => `${d.type} ${d.target.name} <- ${d.investors.map((i) => i.name).join('+')}`);
    expect(deals('Pune-based CodeYatra mops up ₹40 crore from Blume Ventures and Kae Capital.')).toEqual(['funding CodeYatra <- Blume Ventures+Kae Capital']);
    expect(deals('Medikit has scooped $6.5 million in seed funding from Partech Africa.')).toEqual(['funding Medikit <- Partech Africa']);
    expect(deals('Harbor Lake Capital has backed Corvane Systems with $40 million in Series B funding.')).toEqual(['funding Corvane Systems <- Harbor Lake Capital']);
    expect(deals('Sahyog Forgings mopped up ₹96 crore through its IPO.')).toEqual(['ipo Sahyog Forgings <- ']);
  });

  it('takes a list of backers the reader took none of, in a sentence of their own', () => {
    expect(backers('Corvane Systems has raised $40 million in a Series B. Backers include Quillhaven, Fernbrook and Ostrova.')).toEqual(['Quillhaven', 'Fernbrook', 'Ostrova']);
    expect(backers('Corvane Systems has raised $40 million in a Series B led by Harbor Lake Capital. Fernbrook, Ostrova and Tamsin also took part.')).toEqual(['Harbor Lake Capital*', 'Fernbrook', 'Ostrova', 'Tamsin']);
  });

  it('takes backers "also investing" after a name the reader cut short', () => {
    expect(backers('Kizuna Robotics has raised ¥5 billion from investors led by SBI Investment, with Mizuho Capital, JAFCO Group and Sumitomo Mitsui Trust Investment also investing.')).toEqual(expect.arrayContaining(['SBI Investment*', 'Mizuho Capital', 'JAFCO']));
  });

  it('gives a later sentence’s own round’s backers to no earlier deal', () => {
    const text = 'DeepL raised $300 million in a round led by Index Ventures. And Paris-based AI startup H announced a $220 million seed round whose backers include Accel, Eric Schmidt, Amazon and Samsung.';
    expect(read(text).deals.find((d) => d.target.name === 'DeepL')?.investors.map((i) => i.name)).toEqual(['Index Ventures']);
  });

  it('takes backers who "joined as co-leads", and a name the reader left out that opens a list (session dealsen18)', () => {
    expect(backers('Izuba Credit has closed a $9 million seed round. Quona Capital and Novastar Ventures joined as co-leads, and Acumen, Kepple Africa Ventures and the Shell Foundation also put money in.')).toEqual(expect.arrayContaining(['Quona Capital*', 'Novastar Ventures*', 'Acumen', 'Kepple Africa Ventures', 'Shell Foundation']));
  });

  it('reads reported speech that a company "had raised" as the round itself', () => {
    expect(read('Manila-based remittance app Padala Now said on Wednesday it had raised $20 million.').deals.map((d) => d.target.name)).toEqual(['Padala Now']);
    expect(read('Keyward, founded in 2019, had raised about $180 million from investors.').deals).toEqual([]);
  });

  it('takes "Backing the round were X, which led it, plus …", an owner’s unread arm, and names left out after a name cut short', () => {
    expect(backers('Robotics startup Graspwise closed a $55 million Series B on Tuesday. Backing the round were Khosla Ventures, which led it, plus Eclipse, Prosperity7 Ventures and Amazon’s Industrial Innovation Fund.')).toEqual(['Khosla Ventures*', 'Eclipse', 'Prosperity7 Ventures', 'Industrial Innovation Fund']);
    expect(backers('Carbonledger raised a $26 million Series A. Lowercarbon Capital led, and Energize Capital, Congruent Ventures, MCJ Collective, Overture and Clean Energy Ventures joined.')).toEqual(expect.arrayContaining(['Lowercarbon Capital*', 'Energize Capital', 'Congruent Ventures', 'Overture', 'Clean Energy Ventures']));
  });

  it('takes "with X as lead investor" as the lead', () => {
    expect(backers('Corvane Systems has closed a $40 million growth round with Harbor Lake Capital as lead investor.')).toEqual(['Harbor Lake Capital*']);
  });

  it('takes backers that "followed" the lead', () => {
    expect(backers('Corvane Systems has raised $40 million. Harbor Lake Capital led the round; Redfern Ventures and Oakmont Partners followed.')).toEqual(['Harbor Lake Capital*', 'Redfern Ventures', 'Oakmont Partners']);
  });

  it('takes the names the company reader left out past an aside on who led', () => {
    const found = backers('Melbourne climate-data startup Gridwise has closed an A$35 million Series B. Backers include Blackbird Ventures, which led the round, Main Sequence and existing investor Square Peg.');
    expect(found).toEqual(['Blackbird Ventures*', 'Main Sequence', 'Square Peg']);
  });

  it('takes the names the company reader left out at the end of the list', () => {
    const found = backers(`${ROUND} Accel, Greylock, Amazon and Carnegie Mellon University were among the other investors.`);
    expect(found).toEqual(expect.arrayContaining(['Accel', 'Greylock', 'Carnegie Mellon University']));
  });

  it('takes no one a round drew criticism or scrutiny from', () => {
    expect(backers(`${ROUND} The startup also drew criticism from Meta and Google.`)).toEqual([]);
    expect(backers(`${ROUND} The startup also drew criticism from Elon Musk and Meta.`)).toEqual([]);
    expect(backers(`${ROUND} The round also drew scrutiny from Britain’s Competition and Markets Authority.`)).toEqual([]);
  });

  it('does not make who led an earlier round a lead of this one', () => {
    expect(backers('Mistral AI has raised €385 million. Andreessen Horowitz led the financing, and Lightspeed Venture Partners, which led its seed, came back.')).toEqual(
      expect.arrayContaining(['Andreessen Horowitz*', 'Lightspeed Venture Partners']),
    );
  });

  it('does not take the owner of an investing arm for a backer', () => {
    const found = backers('Legal AI startup Harvey has raised $100 million in a Series C round led by Google’s venture arm GV.');
    expect(found).toContain('GV*');
    expect(found.join(' ')).not.toMatch(/Google/);
  });
});

describe('English deal parts read with the frame', () => {
  it('reads a company the reader left out that opens reported speech ("Fintech Ramp said Tuesday it raised")', () => {
    const deals = read('Fintech Ramp said Tuesday it raised $150 million at a $13 billion valuation.').deals;
    expect(deals.map((d) => `${d.type} ${d.target.name}`)).toEqual(['funding Ramp']);
    expect(read('Officials said Tuesday it raised $150 million from taxes.').deals).toEqual([]);
  });

  it('names the buyer of a later sentence by its description', () => {
    const deals = read('Novartis will acquire Anthos Therapeutics for $925 million. The Swiss drugmaker completed its €2.7 billion takeover of MorphoSys last May.').deals;
    const morphosys = deals.find((d) => d.target.name === 'MorphoSys');
    expect(morphosys?.investors.map((i) => i.name)).toContain('Novartis');
  });

  it('takes the price after the unit and seller of what is bought', () => {
    const text = 'Hormel Foods Corp. will buy the Planters snack nut business from Kraft Heinz Co. for $3.35 billion in cash.';
    const a = read(text);
    expect(a.deals).toHaveLength(1);
    expect(a.money[a.deals[0]!.money!]?.text).toBe('$3.35 billion');
  });

  it('never takes a marketed price range for an IPO’s size', () => {
    const a = read('Viking Holdings priced its initial public offering at $24 per share, above its marketed range of $21 to $23, raising about $1.54 billion.');
    expect(a.deals.map((d) => d.type)).toEqual(['ipo']);
    expect(a.money[a.deals[0]!.money!]?.text).toBe('$1.54 billion');
  });

  it('reads a valuation after "above the expected range"', () => {
    const a = read('Klarna raised $1.37 billion in its IPO after pricing shares at $40, above the expected range, valuing the Swedish firm at about $15.1 billion.');
    expect(a.money[a.deals[0]!.valuation!.money]?.text).toBe('$15.1 billion');
  });
});
