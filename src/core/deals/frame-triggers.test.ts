// Each trigger of the registry is tested by its own examples (issue 17, item 4).
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';
import { DEAL_TRIGGERS, passesTriggerGate } from './frame-triggers';

/** The bundled data plus the example's own names, so each example tests its trigger, not the data. */
function matcherFor(names: readonly string[]) {
  const extra = names.map((name, i) => ({ id: `example-${i}`, name, kind: 'company' as const }));
  return createCompanyMatcher([...extra, ...companies]);
}

describe('deal trigger registry', () => {
  it('has unique ids and at least one example per trigger', () => {
    const ids = DEAL_TRIGGERS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of DEAL_TRIGGERS) expect(t.examples.length, t.id).toBeGreaterThan(0);
  });

  /** The ids a name as written links to on its own, or its unknown id. */
  const idsOf = (sentence: string, name: string, matcher: ReturnType<typeof createCompanyMatcher>) => {
    const at = sentence.indexOf(name);
    return annotate(sentence, { companies: matcher, deals: false }).companies.filter((c) => c.start < at + name.length && at < c.end).map((c) => c.id);
  };

  for (const trigger of DEAL_TRIGGERS) {
    for (const [sentence, expected] of trigger.examples) {
      it(`${trigger.id}: ${sentence}`, () => {
        expect(passesTriggerGate(sentence), 'the gate lets the sentence through').toBe(true);
        const [type, target, party] = expected.split('|') as [string, string, string | undefined];
        const matcher = matcherFor(party ? [target, party] : [target]);
        const found = annotate(sentence, { companies: matcher, context: { lang: trigger.lang } }).deals;
        const said = found.map((d) => `${d.type} ${d.target.id} <- ${d.investors.map((i) => i.id ?? i.name).join(', ')}`).join(' | ');
        const targetIds = idsOf(sentence, target, matcher);
        // A unit of a company ("GE’s biopharma business") is named as written, with no data id.
        const deal = found.find((d) => d.type === type && (targetIds.includes(d.target.id ?? '') || d.target.name === target));
        expect(deal, `${expected}: found ${said}`).toBeDefined();
        if (party) {
          const partyIds = idsOf(sentence, party, matcher);
          expect(deal!.investors.some((i) => partyIds.includes(i.id ?? '')), `${expected}: found ${said}`).toBe(true);
        }
      });
    }
  }
});

describe('what is not a deal', () => {
  const matcher = createCompanyMatcher(companies);
  it.each([
    'Andreessen Horowitz said it has raised $7.2 billion for a new set of funds.',
    'Since its founding in 2017, Halcyon Robotics has raised $210 million from investors.',
    'Edtech firm Padhai Plus dismissed media reports that it was raising ₹800 crore.',
    'Carrow Asset Management has cut the value of its stake in Fetchly by 40%.',
    'Israeli insurtech Bituach Next is said to be close to raising $100 million.',
    'Wiz will instead pursue an initial public offering.',
    // Read on real news pages (session 18): a programme's budget, a product's debut, a purchase only likely or raced for.
    'NASA officials said the odds of full funding for Artemis in fiscal year 2020 were dwindling.',
    'The new 16-inch MacBook Pro debuted on Wednesday with a new keyboard, the biggest Apple news of the week.',
    'The next-generation Nissan Sentra makes its global debut in Los Angeles.',
    'Magnolia Brewing is likely to be acquired by Lion Little World, a unit of Kirin.',
    'An Indonesian billionaire is in the race to buy Videocon.',
    // A listing being marketed, or recalled to measure from, is none (session dealsen15).
    'Reddit’s IPO was oversubscribed five times, people familiar said.',
    'Reddit launched the roadshow for its IPO on Monday, marketing shares at $31 to $34.',
    'Reddit’s market value has tripled since its $748 million IPO in March.',
    // A takeover named as a noun that nothing says was approved, agreed or done is none.
    'Deliveroo shares jumped on fears of a takeover by DoorDash.',
    'Deliveroo rejected a takeover by DoorDash.',
    // A sale or merger agreement the sentence says was undone is none.
    'Kestrel Holdings agreed to sell Marlow Foods to Brightwater Capital for $1 billion, but the deal collapsed in March.',
    'The board of Sahyadri Auto Components will meet to consider raising up to ₹1,500 crore.',
    '创投机构鸣泉资本宣布完成旗下第四期人民币基金的最终关账，募资总额35亿元。',
    '蚂蚁集团随后表示，H股上市也将同步暂缓。',
    // A stake in a rumour is none.
    '市场传闻京东将以27亿元投资唯品会并取得约7.5%股权。',
    // A purchase planned, in the press's idiom, is none.
    '格力电器计划将云雀机器人收入囊中。',
    // A subscription planned is none.
    '澄湖资本拟以20亿元认购远驰汽车新发行的普通股。',
    // A listing recalled to measure a share move from.
    'Kestrel Cloud shares rose 8% on Tuesday, bringing its gains since its March debut to more than 300%.',
    // Units a company or two companies merge are no merger of companies; a plan floated is no listing (session dealsen16).
    'Unilever is to merge its two ice cream divisions into one unit next year.',
    'Barclays and HSBC are to merge their card processing units into a joint venture.',
    'Acme floated the idea of a sale of its Brightline unit to investors.',
    // A deal under a regulator's review, or an agreement ended, is none.
    'The FTC opened an in-depth review of Ridgeway Health’s $5.3 billion purchase of Bayfront Care.',
    'Voltara said it had ended its agreement to acquire Lumenchip.',
    // A bond planned is not a bond issued; a share price is no bond.
    '华为计划在境内发行中期票据，规模不超过30亿元。',
    '比亚迪发行价为每股20元。',
    // An offer opened is not yet a listing: an IPO is a deal once priced, raised or listed.
    '奇瑞汽车今日起招股，每股发售价30.75港元，集资约91.4亿港元，预期下周四在港交所挂牌。',
    // A merger planned, with no exchange ratio set, is a plan; one called off is none.
    '华辰电子公告，拟以换股方式吸收合并恒远电气，相关方案尚在论证。',
    '海光信息与中科曙光公告，决定终止换股吸收合并事项，换股比例为1:0.5525。',
    // A take-private planned, or its scheme, is no purchase yet.
    '阿里巴巴拟私有化银泰商业。',
    '银泰商业私有化方案获股东批准。',
    // …nor a scheme that did not take effect, nor a buy-out's price named as a company.
    '远东物业公告，由大股东华润置地提出的私有化计划未能生效。',
    '华润置地私有化总代价约42亿港元。',
    // A purchase named again as a noun ("此次收购") and a takeover battle (收购战) are no new purchase.
    '此次收购将帮助极风科技进入欧洲渠道。',
    '历时近两年的收购战落下帷幕：复星国际今日发布公告。',
    // A purchase recalled to compare a new one with.
    'It is the biggest deal since its $68bn takeover of Wyeth in 2009.',
    // A business begun is no listing.
    'Kestrel Cloud began trading in carbon credits after raising its prices.',
    // A forecast raised is no round.
    'Kestrel Cloud raised its full-year forecast to $2 billion.',
    // A tender offer launched or withdrawn is no purchase.
    'Nidec has withdrawn its unsolicited tender offer for Makino Milling Machine.',
    'Nidec launched a tender offer for Makino Milling Machine on Friday.',
    // The year's first day of trading is no company's debut.
    'Shares in Royal Mail rose 2 per cent on the first day of trading in 2024.',
    // A product launched is no listing.
    '小米集团股价今日大涨，此前公司旗下第二款车型上市即获大量订单。',
    // What investors asked for in the book-building is no listing and no amount raised.
    '蜜雪集团在招股阶段吸引了逾1.8万亿港元的孖展认购。',
    // A column header: "M&A and funding round-up" names no purchase.
    '本周并购融资一览：腾讯、阿里巴巴等公司均有动作。',
    // A bid withdrawn or rejected is no purchase; a transfer planned without a price is a plan.
    'Alimentation Couche-Tard has withdrawn its $47 billion proposal to buy Seven & i Holdings.',
    'The board of Kellanova rejected an offer to buy the company for $30 billion.',
    '华拓钴业计划受让天宜新材部分股权。',
    '拓荆科技拟购买芯丰精密100%股权，交易作价尚未确定。',
    '拓荆科技拟用自有资金购买理财产品，金额不超过8亿元。',
    '宁德时代拿下一笔20亿元的储能订单。',
    'Analysts said Kestrel Cloud would buy Fetchly if regulators allowed it.',
    // A share held, not bought.
    'Alibaba owns 33% of Ant Group, which it helped found.',
    // Listed as a state, not a listing reported.
    'Arm Holdings is listed on Nasdaq and reported revenue of $3 billion.',
    'Arm Holdings, which listed on Nasdaq in 2023, reported revenue of $3 billion.',
    'Arm Holdings, listed on Nasdaq, reported revenue of $3 billion.',
    // A supply deal struck for chips buys no company; a round denied is none.
    'Kestrel Cloud signed a $2 billion supply deal for Nvidia chips.',
    'Nvidia reached a deal for Arm in 2020 that regulators later blocked.',
    'Albertsons agreed to a $24.6 billion takeover by Kroger that judges later blocked.',
    'Hess has not agreed to sell itself to Chevron.',
    'Juniper Networks rejected a $14 billion takeover offer from Hewlett Packard Enterprise.',
    'Juniper Networks is weighing whether to accept a takeover offer from Hewlett Packard Enterprise.',
    'Elon Musk on Friday denied a report that his artificial intelligence startup xAI had raised $500 million.',
  ])('%s', (text) => {
    expect(annotate(text, { companies: matcher }).deals).toEqual([]);
  });
});

describe('people who back a round', () => {
  it('are investors when a backer list or an angel cue names them', () => {
    const matcher = createCompanyMatcher(companies);
    const names = (text: string) => annotate(text, { companies: matcher }).deals.flatMap((d) => d.investors.map((i) => i.name));
    expect(names('Figure AI has raised $675 million from investors including Microsoft, Nvidia, Jeff Bezos and Intel Capital.')).toContain('Jeff Bezos');
    expect(names('Berlin-based Tessellate raised a $6 million seed round led by Foxglove Ventures, joined by angels Priya Raman and Sam Okafor.')).toEqual(
      expect.arrayContaining(['Priya Raman', 'Sam Okafor']),
    );
    expect(names('Perplexity AI has raised $62.7 million in a round led by investor Daniel Gross, the company said.')).toContain('Daniel Gross');
    // Who runs the company leads no round.
    expect(names('Kelvara, led by Jane Doe, raised $10 million in a Series A from Accel.')).not.toContain('Jane Doe');
  });
});

describe('demand for a listing', () => {
  it('is not money raised: "the IPO … drew bids worth …" is one listing, not also a round', () => {
    const matcher = createCompanyMatcher(companies);
    const text = 'Shares of Bajaj Housing Finance more than doubled on their market debut on Monday after the Rs 6,560-crore IPO, priced at Rs 70 apiece, drew bids worth over Rs 3 lakh crore.';
    const deals = annotate(text, { companies: matcher, context: { lang: 'en' } }).deals;
    expect(deals.map((d) => `${d.type} ${d.target.name}`)).toEqual(['ipo Bajaj Housing Finance']);
  });
});
