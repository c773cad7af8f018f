// Chinese deal phrasings from text the rules were not written on (issue 17, session dealszh14): each case is
// one mechanism, read through the whole engine with the bundled company data.
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'zh', date: '2024-06-01' } });
  return a.deals.map((d) => ({
    type: d.type,
    target: d.target.name,
    investors: d.investors.map((i) => i.name),
    amount: d.money === undefined ? undefined : a.money[d.money]!.amount,
    valuation: d.valuation === undefined ? undefined : a.money[d.valuation.money]!.amount,
  }));
};

describe('Chinese deals: amounts', () => {
  it('an IPO’s size in a later clause of the issue’s sentence, with no word for gross or net', () => {
    const [ipo] = read('中国电信今日在上交所主板挂牌。公司此次发行约103.96亿股，发行价为4.53元/股，募资约471亿元。');
    expect(ipo).toMatchObject({ type: 'ipo', amount: 47_100_000_000 });
  });

  it('past a semicolon only when the clause names this deal (本次)', () => {
    expect(read('贝壳找房周四在纽交所上市，IPO定价为每股20美元；本次发行共募资约21.2亿美元。')[0]).toMatchObject({ type: 'ipo', amount: 2_120_000_000 });
    const two = read('永辉超市公告，腾讯将以每股8.74元的价格，通过协议转让方式受让公司5%的股份，转让总价款约42.15亿元；同时，腾讯还将对永辉云创进行增资。');
    expect(two.map((d) => `${d.type} ${d.target} ${d.amount}`)).toEqual(['stake-sale Yonghui Superstores 4215000000', 'funding 永辉云创 undefined']);
  });

  it('what cornerstone investors take of a listing is not its size', () => {
    const [ipo] = read('星辰动力今日在港交所上市，基石投资者包括高瓴、淡马锡、GIC和瑞银资产管理，合计认购2亿美元。');
    expect(ipo).toMatchObject({ type: 'ipo', amount: undefined });
    expect(ipo!.investors).toHaveLength(4);
  });

  it('累计金额 after a named round is the round’s size', () => {
    expect(read('Momenta宣布完成C轮融资，累计金额超过5亿美元。')[0]).toMatchObject({ type: 'funding', amount: 500_000_000 });
  });

  it('a price per ADS is no amount; the 估值 a purchase gives the company is its valuation', () => {
    const [deal] = read('阿里巴巴宣布，以每股美国存托股27.60美元的现金价格收购优酷土豆尚未持有的全部股份，交易对优酷土豆的估值约为56亿美元。');
    expect(deal).toMatchObject({ type: 'acquisition', target: '优酷土豆', amount: undefined, valuation: 5_600_000_000 });
  });

  it('the price of the purchase an announced agreement is for', () => {
    expect(read('小米集团公告，已与深动科技签署收购协议，将以约7737万美元的对价收购这家自动驾驶公司。')[0]).toMatchObject({ type: 'acquisition', target: '深动科技', amount: 77_370_000 });
  });
});

describe('Chinese deals: parties', () => {
  it('an absorption whose price the plan states, of a company the data lacks', () => {
    expect(read('美的集团披露重组预案，拟以发行A股的方式换股吸收合并小天鹅，交易作价约143.83亿元。')[0]).toMatchObject({ type: 'merger', target: '小天鹅', amount: 14_383_000_000 });
  });

  it('the company absorbed ends where the words about the deal begin', () => {
    expect(read('恒通股份吸收合并朗润医疗事项已实施完毕，朗润医疗完成注销。').map((d) => `${d.type} ${d.target}`)).toEqual(['merger 朗润医疗']);
  });

  it('the investor that makes a strategic investment raises nothing', () => {
    expect(read('海川资本宣布对华锐精密进行战略投资，投资金额为1.5亿元。').map((d) => d.target)).not.toContain('海川资本');
  });
});

describe('Chinese deals: what is not one', () => {
  it.each([
    '据知情人士透露，中国中免正就收购DFS集团在大中华区的部分零售业务进行谈判。',
    '斗鱼与虎牙宣布终止合并协议。由腾讯主导推动的两大游戏直播平台合并就此告吹。',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('Chinese deals: backers', () => {
  it('new holders (新股东) listed beside the old ones back the round', () => {
    const [round] = read('星辰动力完成3亿元B轮融资，新股东澜湖资本、青石创投，以及老股东北辰基金、云杉资本均参与。');
    expect(round!.investors.sort()).toEqual(['云杉资本', '北辰基金', '澜湖资本', '青石创投']);
  });
});

describe('Chinese deals: two in one paragraph', () => {
  it('a headline word (并购动态) names no deal; each clause after it does', () => {
    const deals = read('本周并购动态：恒通股份以12亿元收购朗润医疗51%股权；另一边，海川资本斥资8亿元拿下青石科技控股权。');
    expect(deals.map((d) => `${d.target} ${d.investors.join()} ${d.amount}`)).toEqual(['朗润医疗 Hengtong Logistics 1200000000', '青石科技 海川资本 800000000']);
  });
});

describe('Chinese deals: a consortium', () => {
  it('its members named in the next sentence buy too', () => {
    const [deal] = read('由恒通股份牵头的财团以12亿元收购朗润医疗。财团成员还包括澜湖资本、青石创投。');
    expect(deal!.investors.slice(1)).toEqual(['澜湖资本', '青石创投']);
  });
});

describe('Chinese deals: control changing hands', () => {
  it('a tender offer an announcement prices is a purchase of the announcing company', () => {
    expect(read('恒通股份公告，海川资本拟以每股12元的价格向全体股东发出部分要约，收购公司20%股份。').map((d) => `${d.type} ${d.investors.join()}`)).toEqual(['acquisition 海川资本']);
    // Not a plan reported by others.
    expect(read('据报道，海川资本拟以每股12元的价格向全体股东发出部分要约，收购恒通股份20%股份。')).toEqual([]);
  });

  it('shares a former controlling holder sells are of the company whose holder it is', () => {
    const deals = read('恒通股份控股股东变更为海川资本，海川资本以18亿元受让原控股股东光明集团所持29.9%股份。');
    expect(deals.map((d) => `${d.type} ${d.investors.join()} ${d.amount}`)).toEqual(['stake-sale 海川资本 1800000000']);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch A.
describe('Chinese deals: zh-fresh-4 batch A', () => {
  it('an IPO’s size in the next sentence that opens with 公司 selling its shares', () => {
    const [ipo] = read('智能座舱供应商驰芯科技今日登陆港交所主板。公司以每股18.6港元发售1.2亿股H股，募资总额约22.32亿港元。');
    expect(ipo).toMatchObject({ type: 'ipo', target: '驰芯科技', amount: 2_232_000_000 });
  });

  it('no listing of a column label before a bar, nor of a count of shares', () => {
    const found = read('出海上市｜跨境支付公司PayLinx于周四在纳斯达克上市。公司以每股16美元的价格发行1250万股美国存托股份，募资2亿美元。');
    expect(found.map((d) => `${d.type} ${d.target} ${d.amount}`)).toEqual(['ipo PayLinx 200000000']);
  });

  it('a valuation "本轮融资后" is post-money', () => {
    const a = annotate('饮料品牌元气森林完成新一轮5亿美元融资，本轮融资后估值达60亿美元。', { companies: matcher, context: { lang: 'zh' } });
    expect(a.deals[0]?.valuation?.basis).toBe('post');
  });

  it('新股东包括 opens a list of backers, past a first name the reader left out', () => {
    const [round] = read('合成生物企业微研合成宣布完成新一轮超3亿元融资。本轮新股东包括国投招商、中金资本，老股东红杉中国继续加注。');
    expect(round?.investors).toContain('CICC Capital');
  });

  it('"此次收购" names the purchase reported before; "收购战" is no purchase', () => {
    expect(read('极风科技已完成对德国户外电源品牌Voltera GmbH的全资收购。此次收购将帮助极风科技进入欧洲渠道。').map((d) => d.target)).toEqual(['Voltera GmbH']);
    expect(read('历时近两年的收购战落下帷幕：复星国际今日公告，其对法国度假村运营商地中海俱乐部（Club Med）发起的要约收购已获成功。').map((d) => d.target)).toEqual(['地中海俱乐部']);
  });

  it('a company in a list before 购买 is a seller, not one funded (向A、三峡投资购买)', () => {
    expect(read('长江电力公告，公司以发行股份及支付现金方式，向三峡集团、三峡投资购买其合计持有的云川公司100%股权。').filter((d) => d.type === 'funding')).toEqual([]);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch B (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch B', () => {
  it('a pronoun (它) opening a clause stands for the company of the round before; two named rounds stay two deals', () => {
    const a = annotate('2023年4月，智行具身完成A轮融资，由高瓴创投领投；到了去年底，它又拿下了B轮融资，腾讯和百度均出现在投资方名单中。', { companies: matcher, context: { lang: 'zh', date: '2025-03-10' } });
    expect(a.deals.map((d) => `${d.target.name} ${d.round} ${d.date} ${d.investors.map((i) => i.name).join(',')}`)).toEqual([
      '智行具身 Series A 2023-04 GL Ventures',
      '智行具身 Series B 2024-12 Tencent,Baidu',
    ]);
  });

  it('a described name between 对 and 进行了战略投资 is the company funded', () => {
    expect(read('宁德时代近日对换电运营商启源换电进行了战略投资，投资金额约5亿元。')).toMatchObject([{ type: 'funding', target: '启源换电', investors: ['CATL'], amount: 500_000_000 }]);
  });

  it('the companies of a later clause that pay together (共同出资) buy too', () => {
    expect(read('三一重工宣布，已完成对德国混凝土泵制造商Putzmeister的收购，交易金额3.6亿欧元，由三一重工与中信产业基金共同出资。')[0]?.investors).toEqual(['Sany Heavy Industry', 'CPE Yuanfeng']);
  });

  it('a seller after 向 and what it is to the buyer (控股股东); the name the reader cut short before the stake', () => {
    expect(read('粤能电力公告，公司以发行股份及支付现金方式，向控股股东粤能集团购买其持有的粤能海上风电100%股权，交易作价合计约45.3亿元。')).toMatchObject([
      { type: 'acquisition', target: '粤能海上风电', investors: ['粤能电力'], amount: 4_530_000_000 },
    ]);
  });

  it('a listing label and a kind of firm (乳企) before a name; a later clause that restates the deal dates it', () => {
    expect(read('北交所新股日知科技今日上市，首日收涨186%。公司本次发行价为每股8.5元，发行1800万股，募集资金1.53亿元。')).toMatchObject([{ type: 'ipo', target: '日知科技', amount: 153_000_000 }]);
    const a = annotate('老牌乳企北方牧场已被鲜丰乳业以约9.5亿元全资收购，交易已于上月完成交割。', { companies: matcher, context: { lang: 'zh', date: '2025-07-15' } });
    expect(a.deals.map((d) => `${d.target.name} ${d.date}`)).toEqual(['北方牧场 2025-06']);
  });

  it('a valuation after "本轮融资完成后，" two sentences on is the round’s, post-money', () => {
    const a = annotate('数帆智能宣布完成数千万美元Pre-A轮融资。本轮融资由高瓴创投领投，源码资本跟投。本轮融资完成后，公司估值超过3亿美元。', { companies: matcher, context: { lang: 'zh' } });
    expect(a.deals[0]?.valuation?.basis).toBe('post');
    expect(a.money[a.deals[0]!.valuation!.money]?.amount).toBe(300_000_000);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch C (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch C', () => {
  it('a lead that names the round after what the company is, and the size in the clause after the noun', () => {
    expect(read('合肥市产业投资控股集团近日领投了智能制造企业擎天精密的B轮融资，融资总额4亿元，本轮跟投方还包括安徽省高新投和国元创投。')).toMatchObject([
      { type: 'funding', target: '擎天精密', amount: 400_000_000, investors: ['合肥市产业投资控股集团', '国元创投', '安徽省高新投'] },
    ]);
    expect(read('红杉中国与高瓴创投联合领投了合成生物公司蓝曜生物的4亿元C轮融资。')[0]).toMatchObject({ target: '蓝曜生物', investors: ['HongShan', 'GL Ventures'] });
  });

  it('新增股东包括 a backer after its owner (中国移动旗下中移资本); the owner backs nothing', () => {
    expect(read('具身智能企业云巅智能近日完成新一轮融资，新增股东包括中国移动旗下中移资本、华山资本等。')[0]?.investors).toEqual(['中移资本', '华山资本']);
  });

  it('a described target ends before 新发行 and 被; "方案商" is a kind of company', () => {
    expect(read('日本丰田汽车宣布以约3亿美元认购中国自动驾驶公司驭势智能新发行的股份。')[0]).toMatchObject({ type: 'funding', target: '驭势智能' });
    expect(read('上周，光速感知完成3亿美元D轮融资，由比亚迪领投；几天后，另一家感知方案商视界智能被华域汽车以5亿元全资收购。').map((d) => `${d.type} ${d.target}`)).toEqual([
      'funding 光速感知',
      'acquisition 视界智能',
    ]);
  });

  it('two names the reader left out join a merger (A与B宣布完成合并)', () => {
    expect(read('两家连锁咖啡品牌鹿角咖啡与麦田咖啡宣布完成合并，交易对价约5亿元。')).toMatchObject([{ type: 'merger', target: '鹿角咖啡', investors: ['麦田咖啡'] }]);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch D (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch D', () => {
  it('完成对<country><name>的控股 is a purchase of the name (a 和 inside a name joins nothing)', () => {
    expect(read('海鸿集团完成对日本三和电装的控股，持股比例达75%，交易总额约2.1亿美元。')).toMatchObject([{ type: 'acquisition', target: '三和电装', investors: ['海鸿集团'], amount: 210_000_000 }]);
  });

  it('分别以A和B收购了X和Y: one price each, the second name delimited by its stake', () => {
    expect(read('紫晶矿业本周分别以3.2亿元和1.8亿元收购了西藏龙源矿业51%股权和青海盐湖锂业30%股权。').map((d) => `${d.target} ${d.amount}`)).toEqual([
      '西藏龙源矿业 320000000',
      '青海盐湖锂业 180000000',
    ]);
  });

  it('a Hong Kong scheme that took effect is a purchase of the announcer by its proposer; the price is no name', () => {
    expect(read('港股上市公司远东物业今日公告，由大股东华润置地提出的私有化计划已获法院批准并生效，私有化总代价约42亿港元。')).toMatchObject([
      { type: 'acquisition', target: '远东物业', investors: ['China Resources Land'], amount: 4_200_000_000 },
    ]);
  });

  it('backers who invest together lead nothing; the owner of an unnamed arm backs nothing', () => {
    const a = annotate('新型储能企业中储智能完成6亿元A轮融资，由中国华能、国家电投旗下基金和深创投共同投资。', { companies: matcher, context: { lang: 'zh' } });
    expect(a.deals[0]?.investors.map((i) => `${i.name}:${i.role ?? '-'}`)).toEqual(['China Huaneng Group:-', 'Shenzhen Capital Group:-']);
  });

  it('a partner after an aside and what it is; a sale of held shares of a name the reader left out', () => {
    expect(read('跨境物流商云鑫物流（Yunex）与新加坡同行ShipFast宣布合并，交易对价约3亿元。')[0]).toMatchObject({ type: 'merger', target: '云鑫物流', investors: ['ShipFast'] });
    expect(read('淡马锡以约12亿港元向博裕资本出售其持有的绿源快递8%股份。')).toMatchObject([{ type: 'stake-sale', target: '绿源快递', investors: ['Boyu Capital'], amount: 1_200_000_000 }]);
  });

  it('a gain from a purchase recalled in results is no deal; 其尚未持有的 is the buyer’s own', () => {
    expect(read('汇丰控股公布中期业绩，主要因去年同期入账收购硅谷银行英国业务的收益。')).toEqual([]);
    expect(read('汇丰控股今日宣布，以每股155港元私有化恒生银行，收购其尚未持有的约37%股份，涉及金额约1060亿港元。').map((d) => d.target)).toEqual(['Hang Seng Bank']);
  });
});

describe('Chinese deals: names the reader left out, from older misses of the set', () => {
  it('认购X新股 funds X (a stake stated after it makes it a stake bought)', () => {
    expect(read('鸿海集团2日在日本堺市与夏普正式签约，将以3888亿日元认购夏普新股，取得约66%股权。')).toMatchObject([{ type: 'stake-sale', target: '夏普', investors: ['Foxconn'] }]);
  });

  it('a holding named after a place with a bracketed qualifier ("刚果（金）…铜钴矿56%权益")', () => {
    expect(read('洛阳钼业宣布，将以26.5亿美元现金收购自由港麦克莫兰持有的刚果（金）腾科丰谷鲁梅铜钴矿56%权益。')).toMatchObject([
      { type: 'stake-sale', target: '腾科丰谷鲁梅铜钴矿', investors: ['CMOC Group'], amount: 2_650_000_000 },
    ]);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch E (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch E', () => {
  it('牵头 leads; a follower list that ends in 参与 takes part', () => {
    const a = annotate('香港金融科技公司汇立科技完成1.5亿美元C轮融资，由淡马锡牵头，软银愿景基金及贝莱德参与。', { companies: matcher, context: { lang: 'zh' } });
    expect(a.deals[0]?.investors.map((i) => `${i.name}:${i.role ?? '-'}`)).toEqual(['Temasek:lead', 'SoftBank Vision Fund:-', 'BlackRock:-']);
  });

  it('a free transfer of a stake (无偿划转给) is a stake bought; 所持 is no part of the name', () => {
    expect(read('安徽省国资委将所持马钢集团51%股权无偿划转给中国宝武。')).toMatchObject([{ type: 'stake-sale', target: '马钢集团', investors: ['China Baowu Steel Group'] }]);
  });

  it('a description the company reader took for a name gives way to the name after its kind', () => {
    expect(read('埃斯顿自动化公告，公司已完成对德国焊接机器人制造商克鲁斯（Cloos）100%股权的收购交割。').map((d) => d.target)).toEqual(['克鲁斯']);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch F (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch F', () => {
  it('a nickname in quotes opens a listing sentence; the size follows in "公司此次全球发售所得款项净额"', () => {
    expect(read('"港股智能座椅第一股"安驰智能今日正式在港交所挂牌交易。公司此次全球发售所得款项净额约7.8亿港元。')).toMatchObject([{ type: 'ipo', target: '安驰智能', amount: 780_000_000 }]);
    // ("是次实现“A+H”两地上市": a quote inside a clause names no company.)
    expect(read('海天味业今日在港交所主板挂牌，集资约101亿港元。公司是次实现“A+H”两地上市。').map((d) => d.target)).toEqual(['Foshan Haitian Flavouring and Food']);
  });

  it('a restructuring plan that states its price for now (暂定) is a purchase agreed', () => {
    expect(read('宏图股份发布重大资产重组预案，拟以发行股份的方式购买宏图集团持有的宏图新能源100%股权，交易作价暂定为26亿元。')[0]).toMatchObject({ type: 'acquisition', target: '宏图新能源', amount: 2_600_000_000 });
  });

  it('a purchase sentence opening with a label and a name the reader left out', () => {
    expect(read('本周并购市场最受关注的交易来自医疗器械领域：迈科医疗以现金7.2亿元收购了心脉通51%的股权。')).toMatchObject([{ type: 'stake-sale', target: '心脉通', investors: ['迈科医疗'] }]);
  });

  it('参与了X的新一轮融资 funds X; the owner before 旗下 is no party; a portfolio recalled is no round', () => {
    expect(read('华泰证券旗下华泰创新投资以1.5亿元参与了芯驰半导体的新一轮融资。')).toMatchObject([{ type: 'funding', target: '芯驰半导体', investors: ['华泰创新投资'], amount: 150_000_000 }]);
    expect(read('小米集团此前还参与了禾赛科技、纵目科技等自动驾驶企业的融资。')).toEqual([]);
  });

  it('an institution the reader left out heads a list of backers', () => {
    expect(read('工业软件企业数维科技成立于2019年。该公司今日宣布完成4亿元C轮融资，本轮投资方为国投招商和中金资本。')[0]?.investors ?? []).toEqual(expect.arrayContaining(['国投招商', 'CICC Capital']));
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch G (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch G', () => {
  it('a bond issued by a name the reader left out', () => {
    expect(read('恒力新能今日成功发行20亿元可转换公司债券，票面利率首年为0.3%。')).toMatchObject([{ type: 'debt', target: '恒力新能', amount: 2_000_000_000 }]);
  });

  it('获得来自A、B的…融资: both take part, neither leads', () => {
    const a = annotate('新消费品牌茶小满获得来自腾讯投资、美团龙珠的数亿元新一轮融资。', { companies: matcher, context: { lang: 'zh' } });
    expect(a.deals[0]?.investors.map((i) => `${i.name}:${i.role ?? '-'}`)).toEqual(['Tencent Investment:-', 'Dragonball Capital:-']);
  });

  it('a subsidiary named after 公司全资子公司 buys with its parent', () => {
    expect(read('海澜智造公告，公司全资子公司海澜国际以自有资金1.2亿美元完成对越南纺织企业Vinatex Garment 70%股权的收购。')[0]?.investors).toEqual(['海澜智造', '海澜国际']);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch H (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch H', () => {
  it('a new holder in the company registry (新增股东) backs a round of the company before it', () => {
    expect(read('工商信息显示，机器人企业优傲智能近日新增股东宁德时代，持股比例约5%。')).toMatchObject([{ type: 'funding', target: '优傲智能', investors: ['CATL'] }]);
  });

  it('a name filling the clause after 收购 (three characters or more); the shares of the next clause are not its', () => {
    expect(read('本周两起并购值得关注：中科仪器以4.5亿元收购上海精测；此外，华东医疗以2.8亿元收购了杭州康瑞生物55%股权。').map((d) => `${d.type} ${d.target} ${d.investors.join()}`)).toEqual([
      'acquisition 上海精测 中科仪器',
      'stake-sale 杭州康瑞生物 华东医疗',
    ]);
    expect(read('小米集团已与深动科技签署收购协议。').map((d) => d.target)).not.toContain('协议');
    expect(read('宏远置业以32.5亿元收购丰台区一宗住宅用地。')).toEqual([]);
  });

  it('融资金额 after a round told in the sentence sizes it; it is no second round', () => {
    expect(read('启明创投领投了固态电池材料企业晶能新材的A轮融资，融资金额为2亿元。').map((d) => `${d.target} ${d.amount}`)).toEqual(['晶能新材 200000000']);
  });
});

// Session dealszh15: mechanisms from zh-fresh-4 batch I (written after its before-score was committed).
describe('Chinese deals: zh-fresh-4 batch I', () => {
  it('a clause that opens on its verb shares the name opening the clause before; who invested before is no subject', () => {
    expect(read('继去年获得吉利汽车战略投资后，动力电池企业极电新能今年再获资本青睐，完成10亿元B轮融资，投资方包括国投创新、中金资本。')).toMatchObject([
      { type: 'funding', target: '极电新能', amount: 1_000_000_000, investors: ['CICC Capital', '国投创新'] },
    ]);
    // (A sentence naming no company the reader knows is read only when it opens on a name: here 芯源微 is known.)
    expect(read('今日，两只新股登陆A股市场：主板新股华茂股份发行价为每股12.6元，募资9.5亿元；科创板新股芯源微发行价为每股36元，募资14.4亿元。')[0]).toMatchObject({ type: 'ipo', target: '华茂股份', amount: 950_000_000 });
  });

  it('what a seller sells between 将 and 出售给 (旗下…品牌X)', () => {
    expect(read('日化企业蓝月科技最终以2.4亿美元的价格将旗下洗护品牌Aqualis出售给联合利华。')).toMatchObject([{ type: 'acquisition', target: 'Aqualis', investors: ['Unilever'] }]);
  });

  it('a new holder in the list of holders (股东名单中新增了), with the sum it subscribed', () => {
    expect(read('据天眼查显示，AI芯片企业燧光科技的股东名单中新增了国家集成电路产业投资基金二期，后者认缴出资约2.3亿元。')).toMatchObject([
      { type: 'funding', target: '燧光科技', investors: ['Big Fund II'], amount: 230_000_000 },
    ]);
  });
});

// Session dealszh16: the clauses of batch zh5-a.
describe('Chinese deals: parties named by the clause around them', () => {
  it('an arm named after 旗下 invests, not its owner', () => {
    expect(read('据悉，固态电池材料商锂晶新能已获得宁德时代旗下问鼎投资的战略投资。').map((d) => d.investors)).toEqual([['问鼎投资']]);
  });

  it('a seller named as the holder sells shares of the company the sentence opens on; a buyer after 给 the reader left out', () => {
    const found = read('新元股份今日复牌并披露控制权变更方案：控股股东新元集团已与浙江金控签署股份转让协议，将所持公司25.1%股份转让给浙江金控，合计约19.8亿元。');
    expect(found.map((d) => `${d.type} ${d.target} ← ${d.investors.join(',')} ${d.amount}`)).toEqual(['stake-sale 新元股份 ← 浙江金控 1980000000']);
  });

  it('the buyer of a press release opens the clause after its dateline, past an aside in brackets', () => {
    const found = read('2025年10月9日，中国上海——全球领先的工业软件提供商智衡数科（以下简称"智衡"）今日宣布，已完成对德国仿真软件公司Simutec GmbH的全资收购。');
    expect(found.map((d) => `${d.target} ← ${d.investors.join(',')}`)).toEqual(['Simutec GmbH ← 智衡数科']);
  });

  it('公司 stands for the announcer even when the company bought is named earlier in the clause', () => {
    const found = read('江城港务3月19日晚间公告，公司拟通过向江海物流全体股东发行A股股票的方式换股吸收合并江海物流，换股比例为1:0.72；合并完成后，江海物流将终止上市。');
    expect(found.map((d) => `${d.type} ${d.target} ← ${d.investors.join(',')}`)).toEqual(['merger 江海物流 ← 江城港务']);
  });
});

describe('Chinese deals: agreements that are not deals', () => {
  it('an agreement not yet signed, or a letter of intent signed', () => {
    expect(read('恒泰装备晚间公告，公司正在筹划以发行股份及支付现金方式购买苏州明瑞光电股权事项，尚未签署正式协议。')).toEqual([]);
    expect(read('博远医疗与美国Lumen Dx签署了收购意向书，拟以不超过2亿美元收购后者全部股权。')).toEqual([]);
  });
});

// Session dealszh16: what batch zh5-b showed (written after its before-score was committed).
describe('Chinese deals: descriptions the reader ran into names', () => {
  it('what a company does, closed by 的, is no company; the name after it raises', () => {
    expect(read('做室内配送机器人的擎川智能宣布完成B+轮融资，金额为3.5亿元。').map((d) => d.target)).toEqual(['擎川智能']);
  });

  it('a kind no name ends in is cut off the name (同行, 新创), on a traditional-character page too', () => {
    expect(read('台灣AI伺服器散熱新創冷鋒科技宣布完成新台幣8億元B輪募資。').map((d) => d.target)).toEqual(['冷鋒科技']);
  });

  it('the arm named after 旗下 backs the round in a list of backers', () => {
    expect(read('中东电商公司Qafila完成2800万美元A轮融资，本轮由沙特公共投资基金旗下的Jada领投，红杉中国跟投。').flatMap((d) => d.investors)).toContain('Jada');
    expect(read('中东电商公司Qafila完成2800万美元A轮融资，本轮由沙特公共投资基金旗下的Jada领投，红杉中国跟投。').flatMap((d) => d.investors)).not.toContain('Public Investment Fund');
  });
});

describe('Chinese deals: the words around a listing and a purchase', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('the proceeds of a listing in the next sentence (是次…所得款项总额), its cornerstones after 基石投资者方面', () => {
    expect(sums('芯驰未来今日于港交所主板挂牌。是次全球发售2.4亿股，所得款项总额约36亿港元。')).toEqual(['ipo 芯驰未来 3600000000 ← ']);
    expect(sums('焙乐道今日在港交所主板上市，所得款项总额约12.3亿港元。基石投资者方面，博裕资本、Jane Street合共认购约5.1亿港元。')).toEqual(['ipo 焙乐道 1230000000 ← Boyu Capital,Jane Street']);
  });

  it('a condition on the over-allotment leaves the listing as it is', () => {
    expect(sums('ShopFlow正式在纽交所挂牌，募资3.3亿美元；若承销商全额行使超额配售权，募资额将增至约3.8亿美元。')).toEqual(['ipo ShopFlow 330000000 ← ']);
  });

  it('后者 is the company named last; a Latin word runs on past a letter outside A–Z', () => {
    expect(sums('赛纳生物今日宣布，已与德国实验室自动化公司LabMotion GmbH达成最终协议，以约1.2亿欧元收购后者全部股权。')).toEqual(['acquisition LabMotion GmbH 120000000 ← 赛纳生物']);
    expect(read('恒岳重工已完成对土耳其起重机制造商Hidromek Vinç的收购。').map((d) => d.target)).toEqual(['Hidromek Vinç']);
  });

  it('a purchase named as a noun (…的并购终于落地) names no company bought', () => {
    expect(read('一笔拖了一年多的并购终于落地。')).toEqual([]);
  });

  it('a buyer before 拟以换股方式', () => {
    expect(sums('嘉元新材与诺德铜业今日同时发布公告，嘉元新材拟以换股方式吸收合并诺德铜业，换股比例为1:0.46。')).toEqual(['merger 诺德铜业 - ← 嘉元新材']);
  });
});

// Session dealszh16: what batch zh5-c showed (written after its before-score was committed).
describe('Chinese deals: batch zh5-c', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('a group folded whole into another is merged into it', () => {
    expect(sums('市属国企滨江城投与滨江交投昨日宣布实施战略重组，滨江交投整体并入滨江城投。')).toEqual(['merger 滨江交投 - ← 滨江城投']);
    expect(read('小米集团已完成对纵横智驾的全资收购，纵横智驾团队将并入小米汽车智驾部门。').map((d) => d.type)).toEqual(['acquisition']);
  });

  it('the buyer of a passive purchase is the arm named after its owner, past its description and the price', () => {
    expect(sums('越南即时配送平台Giao Nhanh宣布被中国物流企业顺丰旗下的顺丰国际以约6000万美元收购。')).toEqual(['acquisition Giao Nhanh 60000000 ← 顺丰国际']);
  });

  it('a founder named in the description is not the company listed', () => {
    expect(read('由前美团高管创立的社区团购平台邻里鲜今日以介绍方式在港交所主板上市。').map((d) => d.target)).toEqual(['邻里鲜']);
  });

  it('公司 whose new shares are subscribed is the announcer; a kind of investor is cut off its name', () => {
    expect(sums('内地乳企优源牧业公布，已与私募基金博远资本订立协议，博远资本将以每股3.6港元认购公司新发行的5亿股股份，所得款项总额约18亿港元。')).toEqual([
      'funding 优源牧业 1800000000 ← 博远资本',
    ]);
  });

  it('the price of a later clause with its own verb of purchase is not an earlier purchase’s', () => {
    expect(sums('锐拓工业去年完成对德国电动工具品牌Kraftwerk的收购，今年又以约3.2亿元全资收购苏州电池包企业能派科技。').filter((s) => s.includes('Kraftwerk'))).toEqual([
      expect.stringMatching(/^acquisition Kraftwerk - ← /),
    ]);
  });

  it('the net proceeds size a listing when the gross is not given', () => {
    expect(sums('创业板今日迎来新股汇川精工上市。公司本次公开发行新股2500万股，发行价格为每股32.6元，募集资金净额约7.4亿元。')).toEqual(['ipo 汇川精工 740000000 ← ']);
  });
});

// Session dealszh16: what batch zh5-d showed (written after its before-score was committed).
describe('Chinese deals: batch zh5-d', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('a merger whose first side the reader left out, before 与 and a kind of company, with its survivor', () => {
    expect(sums('智能家居品牌云米家与扫地机厂商追光科技的合并已于上周完成工商变更，合并后由云米家作为存续主体。')).toEqual(['merger 追光科技 - ← 云米家']);
  });

  it('其 after the sentence’s subject stands for the other company; 之 is the written 的', () => {
    expect(sums('光學鏡頭廠大立光今日公告，董事會決議以新台幣30億元參與車用光學新創昱光科技之現金增資，取得其40%股權。')).toEqual([
      'stake-sale 昱光科技 3000000000 ← Largan Precision',
    ]);
  });

  it('a team put into a unit is no merger', () => {
    expect(read('他的公司电小二被储能龙头阳光电源以约2.2亿元全资收购，团队将整体并入阳光电源的户储事业部。').map((d) => d.type)).toEqual(['acquisition']);
  });
});

// Session dealszh16: what batch zh5-e showed (written after its before-score was committed).
describe('Chinese deals: batch zh5-e', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('an enumeration opens the clause, not the name; a count of deals is no company', () => {
    expect(sums('本周，两笔医药并购引发关注：一是华东医药以9.8亿元收购上海天衡制药100%股权；二是恒瑞健康以约3亿元受让江苏康源生物30%股份。')).toEqual([
      'acquisition 上海天衡制药 980000000 ← Huadong Medicine',
      'stake-sale 江苏康源生物 300000000 ← 恒瑞健康',
    ]);
  });

  it('a bank opening for business (挂牌开业) lists nothing', () => {
    expect(read('皖南农商银行昨日正式挂牌开业。')).toEqual([]);
  });

  it('the sole investment of the company after 对; this round sized in the next sentence', () => {
    expect(sums('据悉，红杉中国近日完成对具身智能公司灵巧动力的独家投资，金额约1亿元。')).toEqual(['funding 灵巧动力 100000000 ← HongShan']);
    expect(sums('专做推理芯片的行云集成电路已经悄悄完成了新一轮融资。知情人士向记者透露，这轮融资规模约10亿元。')).toEqual(['funding 行云集成电路 1000000000 ← ']);
  });
});

// Session dealszh16: what batch zh5-f showed (written after its before-score was committed).
describe('Chinese deals: batch zh5-f', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('who reports the news (「智能涌现」获悉) is a publisher, no company; a description may hold a plus sign', () => {
    expect(read('「智能涌现」获悉，AI+教育公司学伴智能近期完成A+轮融资，融资额为8000万元，由好未来领投。').map((d) => d.target)).toEqual(['学伴智能']);
  });

  it('a tender offer launched and expected to complete is no purchase yet', () => {
    expect(read('電子零組件通路商大聯大控股今日宣布，以每股新台幣62元公開收購詮鼎科技全部股份，收購總金額約新台幣48億元，預計於9月底前完成。')).toEqual([]);
  });

  it('cornerstones after a description of the first, and an arm that ends its list', () => {
    const found = read('千挂科技今日在港交所挂牌，集资净额约21.4亿港元，基石投资者包括中东主权基金穆巴达拉、嘉实基金及宁德时代旗下的问鼎投资。');
    expect(found.flatMap((d) => d.investors)).toContain('问鼎投资');
    expect(found.flatMap((d) => d.investors)).toHaveLength(3);
  });

  it('a company founded a year ago (刚成立一年的); two sides before 将以新设合并方式', () => {
    expect(read('刚成立一年的星尘灵动宣布完成8亿元天使轮融资。').map((d) => d.target)).toEqual(['星尘灵动']);
    expect(sums('两家光伏企业宣布合并：晶澳新能与天合光储将以新设合并方式组建新公司。')).toEqual(['merger 晶澳新能 - ← 天合光储']);
  });
});

// Session dealszh16: what batch zh5-g showed (written after its before-score was committed).
describe('Chinese deals: batch zh5-g', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('a subsidiary named after its owner and any kind of company is what is bought', () => {
    expect(sums('海辰新能与德国能源企业EnBW签署协议，海辰新能将以约2亿欧元收购EnBW旗下储能项目开发商GridStore GmbH。').map((s) => s.split(' ←')[0])).toEqual([
      'acquisition GridStore GmbH 200000000',
    ]);
  });

  it('planning that is over and the cap of a matching fund-raise leave a priced restructuring agreed', () => {
    expect(sums('在公告停牌筹划两周后，三维通信今日披露重组草案：公司拟以发行股份方式购买深圳拓邦微电100%股权，交易作价18.2亿元，同时募集配套资金不超过5亿元。')).toEqual([
      'acquisition 深圳拓邦微电 1820000000 ← 三维通信',
    ]);
  });

  it('它 after a time stands for the company the sentence before was about', () => {
    expect(read('从车库里的三个人到估值百亿，追光机器人只用了四年。今年8月，它完成了由软银愿景基金领投的4亿美元C轮融资。').map((d) => d.target)).toEqual(['追光机器人']);
  });
});

// Session dealszh16: what batch zh5-h showed (written after its before-score was committed).
describe('Chinese deals: batch zh5-h', () => {
  const sums = (text: string) => read(text).map((d) => `${d.type} ${d.target} ${d.amount ?? '-'} ← ${d.investors.join(',')}`);

  it('a company of a clause that recalls another deal (继…后) buys nothing in the next', () => {
    expect(read('继5月完成对芯动微的收购后，国产芯片设计企业中微半导今日又宣布以2.6亿元收购苏州晶格科技51%股权。').flatMap((d) => d.investors)).not.toContain('芯动微');
  });

  it('a stake taken in a company named after a description ending in 厂, with a Latin name', () => {
    expect(sums('晶圆测试介面厂颖崴科技公告，将以新台币12亿元取得日商精密探针厂Probe Japan 70%股权，双方已签署股份买卖协议。').map((s) => s.split(' ←')[0])).toEqual([
      'stake-sale Probe Japan 1200000000',
    ]);
  });

  it('受让 as the noun of a way of taking control names nothing bought', () => {
    expect(read('天际股份今日公告，杭州资本通过协议受让及表决权委托方式取得公司控制权，转让价款约9.3亿元。').map((d) => d.target)).toEqual(['天际股份']);
  });
});

// Session dealszh16: the hard negatives of batch zh5-i (written after their before-score was committed).
describe('Chinese deals: batch zh5-i', () => {
  it('a building sold, and a merger whose details are not settled, are no deals', () => {
    expect(read('恒益地產今日公佈，向獨立第三方出售旗下一幢位於觀塘的商業大廈，代價約18億港元。')).toEqual([]);
    expect(read('极氪与领克的整合方案仍在推进中，吉利方面表示，两个品牌将保持独立运营，具体合并细节尚未最终确定。')).toEqual([]);
  });
});

// Session dealszh17: mechanisms from zh-fresh-6 batches C and D (each written after the before-score was committed).
describe('Chinese deals: batches zh6-c and zh6-d', () => {
  it('a fund joining a round names the company whose round it is ("参与康瑞达的A轮融资")', () => {
    expect(read('本报讯 11月30日，我市天使投资引导基金与本土生物医药企业康瑞达签约，引导基金以3000万元参与康瑞达的A轮融资。')).toMatchObject([
      { type: 'funding', target: '康瑞达', amount: 30_000_000 },
    ]);
  });
  it('a Latin name after any description closes a purchase ("收购印尼支付牌照持有方PT Bayar Cepat")', () => {
    expect(read('汇付通宣布收购印尼支付牌照持有方PT Bayar Cepat全部股权。')).toMatchObject([{ type: 'acquisition', target: 'PT Bayar Cepat', investors: ['汇付通'] }]);
    expect(read('公司宣布收购一家公司AI。')).toEqual([]);
  });
  it('a merger folds the one the text says into the other, and total assets are no price', () => {
    expect(read('钱塘城投集团与钱塘产投集团于9月28日正式完成合并重组，钱塘产投集团整体并入钱塘城投集团，合并后集团总资产超过2000亿元。')).toMatchObject([
      { type: 'merger', target: '钱塘产投集团', investors: ['钱塘城投集团'], amount: undefined },
    ]);
  });
  it('an unnamed subsidiary merged away is no target', () => {
    expect(read('上海电气风电集团与上海电气集团旗下另一家子公司完成吸收合并，合并后存续公司为上海电气风电集团。')).toEqual([]);
  });
  it('a receiver named in full after 无偿划转给 may end in 公司', () => {
    expect(read('省国资委将省交通投资集团所持省港航集团40%股权无偿划转给省国有资本运营公司，以充实资本金。')).toMatchObject([
      { type: 'stake-sale', target: '省港航集团', investors: ['省国有资本运营公司'] },
    ]);
  });
  it('a buyer the reader left out before 公佈 (Hong Kong\'s word for announces)', () => {
    expect(read('內地物業管理公司悅華服務公佈，已完成收購廣州恒安物業管理有限公司70%股權，代價約2.1億元人民幣。')).toMatchObject([
      { type: 'stake-sale', target: '廣州恒安物業管理有限公司', investors: ['悅華服務'], amount: 210_000_000 },
    ]);
  });
  it('a subsidiary that buys is named in full when the reader took only a part of its name ("华新国际", not "华新")', () => {
    const [deal] = read('华新水泥公告，公司全资子公司华新国际以约1.9亿美元收购坦桑尼亚水泥企业Mawe Cement 70%股权的交割已完成。');
    expect(deal).toMatchObject({ type: 'stake-sale', target: 'Mawe Cement' });
    expect(deal!.investors).toContain('华新国际');
  });
  it('when 后者 (the latter) acts, 其 is the other company ("后者以约15亿欧元获得其约21%股权")', () => {
    expect(read('新能源车企零跑汽车引入战略投资者Stellantis，后者以约15亿欧元获得其约21%股权。')).toMatchObject([
      { type: 'stake-sale', target: 'Leapmotor', investors: ['Stellantis'] },
    ]);
  });
});

describe('Chinese deals: batch zh7-a (session dealszh18)', () => {
  it('the company a tender offer is made for, not the verb after it (对X发起的部分要约收购)', () => {
    const [offer] = read('浙江海宁控股对新安药业发起的部分要约收购已于10月29日届满，海宁控股由此成为新安药业控股股东。');
    expect(offer).toMatchObject({ target: '新安药业' });
  });
  it('backers who 共同参与 a round after its lead', () => {
    const [round] = read('合成生物公司源构生物宣布完成新一轮3亿元融资。本轮由中平资本领投，招商局创投、国中资本共同参与，原股东红杉中国继续跟投。');
    expect(round!.investors).toEqual(expect.arrayContaining(['中平资本', '国中资本']));
  });
  it('the receiver of a free transfer, cut from the verb the reader ran into it (股份无偿划转至中电科投资控股)', () => {
    const [transfer] = read('中电科数字公告，控股股东中国电子科技集团将其持有的公司29.9%股份无偿划转至中电科投资控股，相关股份已于8月19日完成过户登记。');
    expect(transfer!.investors).toEqual(['中电科投资控股']);
  });
  it('underwriters named before 担任承销商 invest nothing (由高盛和摩根大通担任承销商)', () => {
    const [offering] = read('小马智行已在纳斯达克完成第二次上市后的首次增发，募资2.8亿美元，由高盛和摩根大通担任承销商。');
    expect(offering).toMatchObject({ type: 'funding', investors: [] });
  });
  it('an investment that hands over control is a stake bought (持股比例由20%提升至51%)', () => {
    const [deal] = read('华润微电子已完成对重庆华微半导体的增资扩股，持股比例由20%提升至51%，重庆华微由此成为华润微电子的控股子公司。');
    expect(deal).toMatchObject({ type: 'stake-sale', target: '重庆华微半导体' });
  });
});
