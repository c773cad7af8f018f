// English deal shapes read in session dealsen16 (issue 17), each with the sentence it was written for: a
// dateline or a round-up's lead-in before a name, a merger pair after what both are, brands before "maker",
// a company bought named by a description, a deal under a regulator's review, an IPO sized by its noun,
// SPAC proceeds, a round "backed by", sellers in an offer for sale, a reference price, "swallowed up by".
import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';
import { underScrutiny } from './intent-check';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'en', date: '2025-06-01' } });
  return a.deals.map((d) => `${d.type} ${d.target.name} <- ${d.investors.map((i) => `${i.name}${i.role === 'lead' ? '*' : ''}`).join('+')}${d.money === undefined ? '' : ` ${a.money[d.money]!.text}`}`);
};

describe('names the company data does not hold, past what stands before them', () => {
  it('reads a buyer after a dateline or a round-up’s lead-in', () => {
    expect(read('MUMBAI: Vardhan Foods has completed its ₹2,300 crore takeover of packaged-snacks maker Kesar Bites.')).toEqual(['acquisition Kesar Bites <- Vardhan Foods ₹2,300 crore']);
    expect(read('In other deals this week, Crestline Software bought forms-automation startup Atlas Forms for $40 million.')).toEqual(['acquisition Atlas Forms <- Crestline Software $40 million']);
  });
  it('reads a merger pair after what both are, with no amount in the text', () => {
    expect(read('Regional grocers Harvest Lane Markets and FreshPoint Grocers announced a merger of equals on Monday.')).toEqual(['merger Harvest Lane Markets <- FreshPoint Grocers']);
  });
  it('reads the side of a merger the reader left out', () => {
    expect(read('MUMBAI: Vodafone India and Idea Cellular have agreed to merge, creating the country’s largest telecom operator.')).toEqual(['merger Vodafone India <- Idea Cellular']);
  });
});

describe('what a company is, said by other names', () => {
  it('takes brands before "maker" for a description of the company bought', () => {
    expect(read('Mars has agreed to buy Pringles and Cheez-It maker Kellanova in a deal valued at $35.9 billion.')).toEqual(['acquisition Kellanova <- Mars $35.9 billion']);
  });
  it('takes a description of a company bought for the subject of the sentence before', () => {
    const text = 'Volvo Cars has priced its Stockholm listing at SEK 53 a share and cut the size of the offering to raise SEK 20bn. Zhejiang Geely Holding, which bought the Swedish carmaker from Ford for $1.8bn in August 2010, will remain the controlling shareholder.';
    expect(read(text)).toEqual(['ipo Volvo Cars <-  SEK 20bn', 'acquisition Volvo Cars <- Geely $1.8bn']);
  });
});

describe('a deal under scrutiny', () => {
  it('reads no deal in a review, probe or lawsuit of one reported earlier', () => {
    expect(read('The U.S. Federal Trade Commission has opened an in-depth review of Ridgeway Health’s $5.3 billion purchase of clinic operator Bayfront Care.')).toEqual([]);
    expect(read('Shares of Deccan Cements slumped after the regulator ordered a detailed investigation into its ₹3,800 crore acquisition of rival Godavari Cement.')).toEqual([]);
  });
  it('asks only the words right before the deal, in its clause', () => {
    expect(underScrutiny('opened an in-depth review of Ridgeway Health’s $5.3 billion ')).toBe(true);
    expect(underScrutiny('After a strategic review, Acme completed its ')).toBe(false);
  });
});

describe('parts of a deal named after it', () => {
  it('sizes a listing by "The ₹X crore IPO" in the next sentence', () => {
    const text = 'Hyundai Motor India made a muted stock market debut on Tuesday, listing about 1% below its issue price of ₹1,960. The ₹27,870 crore IPO was entirely an offer for sale by its parent.';
    expect(read(text)).toEqual(['ipo Hyundai Motor India <-  ₹27,870 crore']);
  });
  it('sizes a SPAC merger by the proceeds it brought', () => {
    const text = 'Fusion startup Heliox Power completed its merger with blank-check company Polaris Peak Acquisition Corp. on Wednesday. The transaction delivered about $190 million in gross proceeds to Heliox.';
    expect(read(text)).toEqual(['merger Heliox Power <- Polaris Peak Acquisition Corp. $190 million']);
  });
  it('takes a round’s backers after "backed by", and no seller of a listing', () => {
    expect(read('Egypt’s health-records platform Shifaa closed a $6 million seed round backed by Algebra Ventures and Flat6Labs.')).toEqual(['funding Shifaa <- Algebra Ventures+Flat6Labs $6 million']);
    const ipo = 'Swiggy listed on the NSE on Wednesday, after its ₹11,327 crore IPO was subscribed 3.6 times. The offer included an offer for sale by existing investors including Prosus.';
    expect(read(ipo)).toEqual(['ipo Swiggy <-  ₹11,327 crore']);
  });
  it('takes no reference price for a direct listing’s amount', () => {
    expect(read('Spotify began trading on the New York Stock Exchange on Tuesday through a direct listing, opening at $165.90 a share against a reference price of $132.')).toEqual(['ipo Spotify <- ']);
  });
  it('reads "swallowed up by" and a sale in reported speech after a purchase', () => {
    expect(read('Tampa accounting firm Gulfline CPAs has been swallowed up by national advisory group Meridian Ledger Partners.')).toEqual(['acquisition Gulfline CPAs <- Meridian Ledger Partners']);
    expect(read('Harlow Brands agreed to buy a plant for $1.1 billion and said it would sell its hair-care unit, Strandline, to Oakmere Capital for $430 million.')).toEqual(['acquisition Strandline <- Oakmere Capital $430 million']);
  });
  it('keeps an aside on who led inside a list of backers', () => {
    expect(read('London-based pensions app Pensiva has raised £18m in a Series A round. Backers include Octopus Ventures, which led the round, as well as Seedcamp and Triple Point Ventures.')).toEqual(['funding Pensiva <- Octopus Ventures*+Seedcamp+Triple Point Ventures £18m']);
  });
});

describe('shapes of batch C (en5-c)', () => {
  it('reads the buyer of a stake "taken" and the company that agreed to a takeover', () => {
    expect(read('Reliance Consumer Products has taken a 51% stake in Chennai-based beverage company Sunfresh Drinks for an undisclosed sum.')).toEqual(['stake-sale Sunfresh Drinks <- Reliance Consumer Products']);
    expect(read('Perpetua Wealth has agreed to a A$1.2 billion takeover by US private equity group Stonebridge Capital.')).toEqual(['acquisition Perpetua Wealth <- Stonebridge Capital A$1.2 billion']);
  });
  it('reads a merger pair with "&", a comma before the verb, and "have combined"', () => {
    expect(read('Two Charlotte-area law firms, Whitfield Brandt and Corley & Nash, will merge on April 1.')).toEqual(['merger Whitfield Brandt <- Corley & Nash']);
    expect(read('Canadian cannabis producers Northleaf Growers and Maple Crest Cannabis have combined in an all-share deal.')).toEqual(['merger Northleaf Growers <- Maple Crest Cannabis']);
  });
  it('reads names after a round-up’s label and after what the buyer is', () => {
    expect(read('Deals of the week: French grocer Maison Verte bought online wine seller Cavista for €95 million.')).toEqual(['acquisition Cavista <- Maison Verte €95 million']);
    expect(read('Danish shipping group Nordlinje sold its tanker arm, Nordlinje Tankers, to Greek owner Aegean Star for $410 million.')).toEqual(['acquisition Nordlinje Tankers <- Aegean Star $410 million']);
  });
  it('takes a SPAC’s series numeral into its name', () => {
    expect(read('Drone maker Skyward Dynamics has completed its business combination with Atlas Peak Acquisition Corp. II and its shares begin trading on Friday.')).toEqual(['merger Skyward Dynamics <- Atlas Peak Acquisition Corp. II']);
  });
  it('keeps the company as the subject past a sentence on who led the round', () => {
    const text = 'AI coding startup Forgeline has raised $150 million at a $2.5 billion valuation. The round was led by Andreessen Horowitz, with Lightspeed Venture Partners and General Catalyst also participating. The company raised a $40 million Series A in February.';
    expect(read(text)).toEqual(['funding Forgeline <- Andreessen Horowitz*+Lightspeed Venture Partners+General Catalyst $150 million', 'funding Forgeline <-  $40 million']);
  });
});

describe('shapes of batch D (en5-d)', () => {
  it('reads no round in what a company bought had raised before', () => {
    const text = 'Cybersecurity company Sentrix is buying identity startup Keyward in a cash-and-stock deal valued at $1.3 billion. Keyward, founded in 2019, had raised about $180 million from investors including Accel and Index Ventures.';
    expect(read(text)).toEqual(['acquisition Keyward <- Sentrix $1.3 billion']);
  });
  it('takes the name after a place’s possessive, and no money a firm manages', () => {
    expect(read('Mumbai-based Aarav Hospitals on Tuesday completed the acquisition of a 74% stake in Lucknow’s Shanti Medicare for ₹620 crore.')).toEqual(['stake-sale Shanti Medicare <- Aarav Hospitals ₹620 crore']);
    expect(read('Toronto-based asset manager Harbourfront Capital has acquired a controlling interest in Calgary wealth firm Bow River Advisors, which oversees about C$6 billion for clients.')).toEqual(['stake-sale Bow River Advisors <- Harbourfront Capital']);
  });
  it('reads a merger whose one side the reader left out as a lone word, in reported speech', () => {
    expect(read('Packaging makers Corrugo and Boxwell Industries said on Monday they would combine in an all-stock merger of equals valued at about $9 billion.')).toEqual(['merger Corrugo <- Boxwell Industries $9 billion']);
  });
  it('reads "floated on" and a press release’s appositive without its article', () => {
    expect(read('Brisbane solar installer Sunvolt floated on the ASX on Thursday after raising A$95 million at A$1.25 a share.')).toEqual(['ipo Sunvolt <-  A$95 million']);
    expect(read('SAN FRANCISCO, May 13, 2025 (BUSINESS WIRE) -- Orbital Grid, developer of software for utility-scale batteries, today announced $48 million in Series B funding led by Energy Impact Partners.')).toEqual(['funding Orbital Grid <- Energy Impact Partners* $48 million']);
  });
});

describe('shapes of batch E (en5-e)', () => {
  it('reads a merger pair after a capitalised kind, and the company after a place and what it is', () => {
    expect(read('Biotechs Arcturus Neuro and Pelion Therapeutics have agreed to an all-stock merger.')).toEqual(['merger Arcturus Neuro <- Pelion Therapeutics']);
    expect(read('Shares of Halifax seafood exporter Atlantic Catch Ltd. rose 11% in their TSX debut after the company’s C$180 million initial public offering priced at C$14 a share.')).toEqual(['ipo Atlantic Catch Ltd. <-  C$180 million']);
  });
  it('reads a company bought after what it is ("regional trucker")', () => {
    expect(read('In M&A this week, Vantage Freight agreed to acquire regional trucker Hollow Creek Transport for $220 million.')).toEqual(['acquisition Hollow Creek Transport <- Vantage Freight $220 million']);
  });
  it('reads no deal in an agreement ended', () => {
    expect(read('Chipmaker Voltara said it had ended its agreement to acquire Lumenchip after failing to secure approval, and will pay Lumenchip a $150 million break fee.')).toEqual([]);
    expect(read('Voltara dropped its plan to buy Lumenchip for $2 billion.')).toEqual([]);
  });
});

describe('shapes of batch F (en5-f)', () => {
  it('reads British and plain-spoken mergers', () => {
    expect(read('Builders’ merchants Hartwell Supplies and Pennine Timber are to merge in an all-share tie-up.')).toEqual(['merger Hartwell Supplies <- Pennine Timber']);
    expect(read('Two open-source database companies, Pebblebase and Driftwood Data, are joining forces in a merger that brings together about 120 engineers.')).toEqual(['merger Pebblebase <- Driftwood Data']);
  });
  it('reads a buyer or a company bought after what it is ("truckmaker", "co-operative")', () => {
    expect(read('Swedish truckmaker Nordvagn said on Thursday it would acquire Finnish electric-bus maker Voltbus for 2.1 billion Swedish crowns in cash.')).toEqual(['acquisition Voltbus <- Nordvagn 2.1 billion Swedish crowns']);
    expect(read('Woolgrowers co-operative Merino Plains has been taken over by agribusiness giant Southern Cross Agri in a A$340 million deal.')).toEqual(['acquisition Merino Plains <- Southern Cross Agri A$340 million']);
    expect(read('Broker Pemberton Risk has bought Scottish commercial insurance broker Glenmoray Partners, its 14th acquisition this year.')).toEqual(['acquisition Glenmoray Partners <- Pemberton Risk']);
  });
  it('reads no round in a fund raised with its size, and no listing in an aside dated by a year', () => {
    expect(read('Harrow Capital has raised a $600 million buyout fund.')).toEqual([]);
    const text = 'Keyline Security said on Tuesday it had agreed to be acquired by Thoma Bravo for $2.1 billion. The company, which went public in 2021, had raised a $60 million Series C led by Insight Partners in January 2020.';
    expect(read(text)).toEqual(['acquisition Keyline Security <- Thoma Bravo $2.1 billion', 'funding Keyline Security <- Insight Partners* $60 million']);
  });
});

describe('shapes of batch G (en5-g)', () => {
  it('takes a fund named with its owner, and a backer the reader left out after a role cue', () => {
    expect(read('Carbonledger raised a $22 million Series A led by Energize Ventures. Other investors in the round include Salesforce Ventures, Microsoft’s Climate Innovation Fund and Congruent Ventures.')).toEqual([
      'funding Carbonledger <- Energize Ventures*+Salesforce Ventures+Climate Innovation Fund+Congruent Ventures $22 million',
    ]);
    expect(read('Cairo-based proptech Nawy has secured $52 million in a round that included equity from Partech Africa and Endure Capital. Existing backer Global Ventures also took part.')).toEqual([
      'funding Nawy <- Partech Africa+Endure Capital+Global Ventures $52 million',
    ]);
  });
  it('reads no deal in a takeover held up', () => {
    expect(read('Shares in Kingsway Homes fell 6% after the housebuilder said its £250m takeover of rival Larchfield had been delayed by a review.')).toEqual([]);
  });
});

describe('shapes of batch H (en5-h)', () => {
  it('reads no deal in a takeover blocked, a regulator’s approval of a deal told before, or an activist’s stake', () => {
    expect(read('In other deals this week, the takeover of Wessex Rail by Dutch operator Lowlands Transit was blocked by the Competition and Markets Authority.')).toEqual([]);
    expect(read('Federal regulators approved Harbor National’s acquisition of Keystone Savings, clearing the last hurdle for the $420 million deal announced in March.')).toEqual([]);
    expect(read('Activist investor Elmhurst Capital has taken a 6% stake in consumer-goods maker Pallister Brands and is pushing it to sell its beauty division.')).toEqual([]);
  });
  it('turns a merger whose survivor goes on as the parent', () => {
    expect(read('Canadian gold miner Northern Lode has completed its C$720 million merger with Yukon Crest Mining, with Northern Lode continuing as the parent company.')).toEqual(['merger Yukon Crest Mining <- Northern Lode C$720 million']);
    expect(read('Canadian gold miner Northern Lode has completed its C$720 million merger with Yukon Crest Mining, with Yukon Crest becoming a wholly owned subsidiary.')).toEqual(['merger Yukon Crest Mining <- Northern Lode C$720 million']);
  });
});

describe('shapes of batch I (en5-i)', () => {
  it('reads a company bought after a place and "rival", and a bank whose name the reader cut short', () => {
    expect(read('Engineering consultancy Hallam Partners has snapped up Bristol rival Severn Design in a deal that values the smaller firm at £64m.')).toEqual(['acquisition Severn Design <- Hallam Partners £64m']);
    expect(read('Kestrel Bancorp will merge with Old Mill Savings Bank in an all-stock deal valued at $96 million, with Kestrel as the surviving holding company.')).toEqual(['merger Old Mill Savings Bank <- Kestrel Bancorp $96 million']);
  });
  it('reads a float sized before its noun, and an existing investor named in an aside', () => {
    expect(read('Virgin Australia returned to the ASX on Wednesday after a A$685 million float.')).toEqual(['ipo Virgin Australia <-  A$685 million']);
    expect(read('Berlin’s Fernlicht, which builds heat pumps for apartment blocks, raised €60 million in Series B funding. The round was co-led by Piton Capital and Planet A Ventures; HV Capital, an existing investor, also took part.')).toEqual(['funding Fernlicht <- Piton Capital*+Planet A Ventures*+HV Capital €60 million']);
  });
  it('reads a name with accents that opens the sentence', () => {
    expect(read('Vietnamese e-wallet Ví Nhanh has raised US$45 million in a Series C round from investors led by Singapore’s GIC.')).toEqual(['funding Ví Nhanh <- GIC* US$45 million']);
  });
});

describe('shapes of batch J (en5-j)', () => {
  it('reads a name with a particle after what it is, bought by a company named after what it is', () => {
    expect(read('Brazilian meatpacker Frigosul has agreed to acquire a 70% stake in Uruguayan beef processor Carnes del Plata from the Ferreira family for $310 million.')).toEqual(['stake-sale Carnes del Plata <- Frigosul $310 million']);
  });
  it('reads no stake sold in a holding moved below control', () => {
    expect(read('Norway’s sovereign wealth fund raised its stake in Swiss food group Alpenfood to 5.1%, a filing showed on Friday.')).toEqual([]);
  });
});

describe('assets named by the text', () => {
  it('reads a purchase or a sale of named assets, and a stake in a project sold to a partner', () => {
    expect(read('Alberta’s Rocky Ridge Energy has sold its Montney assets to Japanese trading house Itoshima Corp for C$1.25 billion.')).toEqual(['acquisition Montney assets <- Itoshima Corp C$1.25 billion']);
    expect(read('Listed miner Goldfields Pacific has sold its 50 per cent stake in the Mount Kestrel copper project to joint venture partner Ironbark Metals for A$215 million.')).toEqual(['stake-sale Mount Kestrel copper project <- Ironbark Metals A$215 million']);
  });
  it('reads no purchase of the assets a company’s purchase brings', () => {
    expect(read('Gold Fields has agreed to acquire Gold Road Resources for A$3.7 billion in cash, taking full control of the Gruyere mine in Western Australia.')).toEqual(['acquisition Gold Road Resources <- Gold Fields A$3.7 billion']);
  });
});

describe('shapes of batch K (en5-k)', () => {
  it('reads an accented buyer after what it is, and no price in a size joined to a noun', () => {
    expect(read('French utility Énergie Bleue will buy Spanish wind developer Ventos Ibéricos for €1.6 billion including debt.')).toEqual(['acquisition Ventos Ibéricos <- Énergie Bleue €1.6 billion']);
    expect(read('Great Lakes Mutual and Superior Savings Bank will merge, creating a $2.8 billion-asset institution. Great Lakes Mutual will be the surviving bank.')).toEqual(['merger Superior Savings Bank <- Great Lakes Mutual']);
  });
  it('takes no seller of a listing for a backer, and the round the next sentence names', () => {
    expect(read('Medical-device maker Veridex priced its initial public offering at $24 a share, raising $504 million. Existing shareholder Warburg Pincus sold part of its stake in the offering.')).toEqual(['ipo Veridex <-  $504 million']);
    const a = annotate('Fleetbase, which sells software to school-bus operators, has raised $16 million. The Series A was led by Kindred Ventures.', { companies: matcher, context: { lang: 'en' } });
    expect(a.deals.map((d) => d.round)).toEqual(['Series A']);
  });
  it('reads a raise "in debt and equity" as a round', () => {
    expect(read('Kenyan solar-lending startup Jua Credit has raised $11 million in debt and equity.').map((d) => d.split(' ')[0])).toEqual(['funding']);
  });
});

describe('after batch K', () => {
  it('reads "has agreed a £X sale to" and a listing through a merger by a company the reader left out', () => {
    expect(read('Recruitment firm Holborn Talent has agreed a £230m sale to US staffing group Keystone Workforce.')).toEqual(['acquisition Holborn Talent <- Keystone Workforce £230m']);
    expect(read('Battery recycler Cyclonix agreed to go public by merging with Eastgate Acquisition Corp. in a deal that is expected to raise $280 million in gross proceeds.')).toEqual(['merger Cyclonix <- Eastgate Acquisition Corp. $280 million']);
  });
});

describe('a company bought named before an appositive on what it is (session dealsen17)', () => {
  it('reads a name the reader left out before "the … app with …, is being sold to"', () => {
    expect(read('Quillstack, the note-taking app with about three million users, is being sold to productivity suite maker Tandem Works for an undisclosed sum.')).toEqual(['acquisition Quillstack <- Tandem Works']);
  });
});

describe('a mutual lender that opens a merger sentence (session dealsen17)', () => {
  it('reads a building society the company reader takes for an institution', () => {
    expect(read('Hartley Building Society has merged into the larger Coventry-based Midshires Mutual, after members voted 94% in favour.')).toEqual(['merger Hartley Building Society <- Midshires Mutual']);
  });
});
