import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { chineseShortForms, chineseUnknownId } from './chinese-companies';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'catl', name: 'CATL', zh: ['宁德时代'], kind: 'company' },
  { id: 'alibaba-group', name: 'Alibaba Group', zh: ['阿里巴巴'], kind: 'both' },
  { id: 'jd-com', name: 'JD.com', zh: ['京东'], kind: 'company' },
  { id: 'hongshan', name: 'HongShan', zh: ['红杉中国'], kind: 'investor' },
  { id: 'bank-of-china', name: 'Bank of China', zh: ['中国银行'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('Chinese companies the data does not hold (issue 16, item 3)', () => {
  it.each([
    ['北京华铭置业有限公司宣布完成融资。', '北京华铭置业有限公司=unknown:华铭置业'],
    ['据悉，深圳市云栖科技有限公司获得融资。', '深圳市云栖科技有限公司=unknown:云栖科技'],
    ['苏州恒达银行下调利率。', '苏州恒达银行=unknown:恒达银行'],
    ['公司拟收购浙江华铭地产51%股权。', '浙江华铭地产=unknown:华铭地产'],
    ['新希望集团发布公告。', '新希望集团=unknown:新希望'],
    ['大疆创新科技有限公司发布新品。', '大疆创新科技有限公司=unknown:大疆创新科技'],
  ])('reads the name before a corporate word: %s', (text, mention) => {
    expect(found(text)).toContain(mention);
  });

  it('reads 股份 that means shares (a deal document, cash and shares) as no corporate word', () => {
    expect(found('双方宣布签署共同转换股份协议。')).toEqual([]);
    // Depositary shares are shares: "发行1250万股美国存托股份" names no company.
    expect(found('公司以每股16美元的价格发行1250万股美国存托股份。')).toEqual([]);
    // A known company's shares still name that company, never a new one.
    expect(found('交易对价包括现金和京东股份。')).toEqual(['京东股份=jd-com']);
    expect(found('交易对价包括现金和华铭股份。')).toEqual([]);
    expect(found('华铭股份今日公告。')).toEqual(['华铭股份=unknown:华铭股份']);
  });

  it('reads a long registered name from its place, whatever verb came before (rule 4)', () => {
    expect(found('法院判决被告深圳市鸿泰达电子有限公司赔偿损失。')).toEqual(['深圳市鸿泰达电子有限公司=unknown:鸿泰达电子']);
    expect(found('中标人为广州市建安工程有限公司。')).toEqual(['广州市建安工程有限公司=unknown:建安工程']);
    expect(found('第二名为佛山市南海区联兴建设工程有限公司。')).toEqual(['佛山市南海区联兴建设工程有限公司=unknown:南海区联兴建设工程']);
    // Words registered names hold do not cut a name anchored by its place; a place after 和 opens another.
    expect(found('浙江万向精工有限公司获评。')).toEqual(['浙江万向精工有限公司=unknown:万向精工']);
    expect(found('中国星网和中国矿产资源集团签约。')).toContain('中国矿产资源集团=unknown:矿产资源');
    // No place: a verb of one character, or a person and 任, opens no name.
    expect(found('采购项目中标人为方大智创科技有限公司。')).toEqual(['方大智创科技有限公司=unknown:方大智创科技']);
    expect(found('陈志刚任浙能集团董事长。')).toEqual(['浙能集团=unknown:浙能']);
  });

  it('keeps a bracket of a place or a group word inside a registered name (rule 5)', () => {
    expect(found('宁德时代新能源科技（福建）股份有限公司成立。')).toEqual(['宁德时代新能源科技（福建）股份有限公司=catl']);
    expect(found('华润（集团）有限公司宣布。')).toEqual(['华润（集团）有限公司=unknown:华润']);
    expect(found('控股股东为中国贵州茅台酒厂（集团）有限责任公司。')).toEqual(['中国贵州茅台酒厂（集团）有限责任公司=unknown:贵州茅台酒厂']);
    // Not a place or a group word: the bracket is the sentence's.
    expect(found('云栖（一家初创）有限公司')).toEqual([]);
  });

  it('reads a head inside a name on to the legal word a few characters later', () => {
    expect(found('安徽芯材电子材料有限公司为其供应商。')).toEqual(['安徽芯材电子材料有限公司=unknown:芯材电子材料']);
  });

  it('takes a data name inside a longer registered name as another company, or as the anchor of the name', () => {
    // A place, then a data name with other words and 有限公司: a subsidiary or another firm.
    expect(found('东莞市宁德时代模具有限公司开工。')).toEqual(['东莞市宁德时代模具有限公司=unknown:宁德时代模具']);
    // 股份有限公司, the form of a listed company: the data company in full.
    expect(found('福建宁德时代制造股份有限公司公告。')).toEqual(['福建宁德时代制造股份有限公司=catl']);
    // Sentence words before a data name of three or more characters are not part of the name.
    expect(found('后者曾隶属阿里巴巴影业集团。')).toEqual(['阿里巴巴影业集团=unknown:阿里巴巴影业']);
  });

  it('starts the name after the verbs and particles of the sentence', () => {
    expect(found('红杉中国领投了云栖科技有限公司的B轮融资。')).toEqual(['红杉中国=hongshan', '云栖科技有限公司=unknown:云栖科技']);
    expect(found('阿里巴巴向恒达银行注资。')).toEqual(['阿里巴巴=alibaba-group', '恒达银行=unknown:恒达银行']);
    // A market verb: the bank after it is the object, and no name spans the verb.
    expect(found('宏远人寿多次举牌银行H股。')).toEqual(['宏远人寿=unknown:宏远人寿']);
  });

  it('does not read a head that opens a common noun of finance, nor a name across 发行', () => {
    expect(found('银行发行无固定期限资本债券，恒达保险资金投向债市。')).toEqual([]);
    expect(found('宏远证券公布年报，宏远证券业务收入增长。')).toEqual(['宏远证券=unknown:宏远证券', '宏远证券=unknown:宏远证券']);
  });

  it('reads an insurer’s life or property arm before 人寿/寿险/产险/财险, not the kind of insurance', () => {
    expect(found('宏远人寿推出新产品，恒达财险保费增长。')).toEqual(['宏远人寿=unknown:宏远人寿', '恒达财险=unknown:恒达财险']);
    expect(found('今年寿险保费增长，产险市场回暖。')).toEqual([]);
  });

  it('reads a shipping line before 航运, not a kind of shipping', () => {
    expect(found('地中海航运旗下财团出售港口业务。')).toEqual(['地中海航运=unknown:地中海航运']);
    expect(found('集装箱航运运价回落，干散货航运承压。')).toEqual([]);
  });

  it.each(['多家银行下调了存款利率。', '国有银行和股份制银行均有跟进。', '一家券商和这家保险公司。', '北京科技发展迅速。', '头部券商业绩增长。', '人工智能科技前景广阔。'])(
    'does not take a kind of company or a place for one: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  // Session 17, long golden pages (jiangnan-caijing-2024-dingsheng-placement, gangjing-caixun-2025-honghui-spin-off): a head
  // used as a common noun in long-page prose was read as a company, and its short form then linked all over the page.
  it.each([
    '本次定增有助于优化资本结构、降低财务费用。',
    '为了降低能源成本，不少企业建设光伏电站。',
    '他认为，随着全球能源转型的推进，需求将增长。',
    '湖州新能源材料产业集群加速成型。',
    '宁波前湾新区新能源汽车产量突破百万辆。',
    '多部门联合启动新一轮新能源汽车下乡活动。',
    '行业的高利润吸引了大量资本进入。',
    '碳酸锂期货价格企稳，布伦特原油期货收于每桶75美元。',
    '绍兴柯桥纺织品出口增长。',
    '防范电信网络诈骗。',
    '公司召开的投资者交流会上，有机构投资者提问。',
    '多间本地银行公布最新按揭利率安排，本港银行下调定期存款利率。',
    '不少年轻人延迟置业，有意置业的市民应量力而为。',
    '放宽按揭保险计划的上限。',
    '新加坡主权基金淡马锡旗下一间投资公司。',
    '核数师为一间国际会计师事务所。',
    '包括降低特专科技公司的上市门槛。',
    '他是著名实业家。',
    '加大银行贷款投放，促进汽车消费。',
    '居民购买电子产品和家电的意愿增强。',
    '今年以来，A股市场医药板块表现低迷，银行股仍具配置价值。',
    '该省着力培育新能源汽车、电子信息、生物医药等产业集群。',
    '保险公司加大对养老产业的投资。',
  ])('does not read a head used as a common noun as a company: %s', (text) => {
    expect(found(text).filter((m) => m.includes('=unknown:'))).toEqual([]);
  });

  it('reads no name across 已/就 after 公司, none from what a unit includes, and links no everyday word as a short form', () => {
    expect(found('公司已就分拆建议向联交所提交申请。')).toEqual([]);
    expect(found('旗下酒店包括位于尖沙咀的一间四星级酒店。')).toEqual([]);
    expect(chineseShortForms('希望集团')).not.toContain('希望');
  });

  it('knows an unknown company whose 简称 ends in its material by the first two characters too ("鼎晟新材" → "鼎晟")', () => {
    expect(chineseShortForms('浙江鼎晟新材料科技股份有限公司')).toEqual(expect.arrayContaining(['鼎晟新材', '鼎晟']));
  });

  it('reads no development as a unit after 旗下, and no person described by trade as an item of a list', () => {
    expect(found('恒基地产表示，旗下北角新盘将于下月推出。').filter((m) => m.startsWith('北角'))).toEqual([]);
    expect(found('著名实业家、无锡红豆纺织集团有限公司原董事长周志华逝世。').filter((m) => m.startsWith('著名'))).toEqual([]);
  });

  it('reads the trades of county-town makers (袜业, 鞋业, 家居 …) as heads, and no head across 业务', () => {
    expect(found('华美袜业负责人何伟明说，产品主要出口欧洲。')).toEqual(['华美袜业=unknown:华美袜业']);
    expect(found('公司计划分拆物管业务上市。').filter((m) => m.includes('unknown:'))).toEqual([]);
  });

  it('reads no company named only as "a certain" one (某大型银行, 某银行)', () => {
    expect(found('国内某大型银行分行行长表示，某银行也将下调利率。')).toEqual([]);
  });

  it('starts a name after a kind of group ahead of it ("餐饮集团美心食品"), and ends a listed item before how its shares did', () => {
    expect(found('餐饮集团美心食品表示生意回升。')).toEqual(['美心食品=unknown:美心食品']);
  });

  it('starts a name after the verbs that name, found or rename it ("全名为…", "创办…", "发展为…")', () => {
    expect(found('集团全名为泓汇地产控股有限公司。')).toEqual(['泓汇地产控股有限公司=unknown:泓汇地产']);
    expect(found('他在杭州创办农夫山泉股份有限公司。')).toEqual(['农夫山泉股份有限公司=unknown:农夫山泉']);
    expect(found('带领乡镇小厂发展为红豆纺织。')).toEqual(['红豆纺织=unknown:红豆纺织']);
  });

  it('keeps a data company when only descriptive and legal words follow it, and makes another one otherwise', () => {
    expect(found('宁德时代新能源科技股份有限公司于港交所上市。')).toEqual(['宁德时代新能源科技股份有限公司=catl']);
    expect(found('阿里巴巴影业集团发布业绩。')).toEqual(['阿里巴巴影业集团=unknown:阿里巴巴影业']);
    expect(found('中国银行发布年报。')).toEqual(['中国银行=bank-of-china']);
  });

  it('links the short forms of a full name on the page', () => {
    expect(chineseShortForms('北京华铭置业有限公司')).toEqual(['北京华铭置业', '华铭置业', '华铭']);
    expect(chineseUnknownId('北京华铭置业有限公司')).toBe(chineseUnknownId('华铭置业'));
    expect(found('北京华铭置业有限公司宣布完成融资。华铭置业表示，华铭将扩大投资。')).toEqual([
      '北京华铭置业有限公司=unknown:华铭置业',
      '华铭置业=unknown:华铭置业',
      '华铭=unknown:华铭置业',
    ]);
  });

  it('does not read a short data name across a place name (京东 in 南京东路站)', () => {
    expect(found('在南京东路站附近，京东开设了新门店。')).toEqual(['京东=jd-com']);
    expect(found('北京东城区的新店')).toEqual([]);
  });

  it('does not read a bank\'s two-character short form across a word its last character opens (工行 in 加工行业)', () => {
    const banks = createCompanyMatcher([...records, { id: 'icbc', name: 'ICBC', zh: ['工行'], kind: 'company' }]);
    expect(findCompanies('加工行业的利润下降，工行则表示贷款增长。', banks).map((m) => m.text)).toEqual(['工行']);
  });

  it('does not read a data name that opens a theme park, a resort, an arbitration body or a club', () => {
    const more = createCompanyMatcher([...records, { id: 'walt-disney', name: 'Walt Disney', zh: ['迪士尼'], kind: 'company' }, { id: 'shenzhen-international', name: 'Shenzhen International', zh: ['深圳国际'], kind: 'company' }]);
    expect(findCompanies('上海迪士尼乐园扩建，深圳国际仲裁院裁决，京东电子竞技俱乐部夺冠。', more).map((m) => m.text)).toEqual([]);
  });

  it('does not read a short data name that opens a place, a scenic area or a resort project (阿里山, 阿里地区, 融创文旅城)', () => {
    const short = createCompanyMatcher([...records, { id: 'alibaba', name: 'Alibaba', zh: ['阿里'], kind: 'company' }, { id: 'sunac', name: 'Sunac', zh: ['融创'], kind: 'company' }]);
    const zh = (text: string) => findCompanies(text, short).map((m) => m.text);
    expect(zh('阿里山景区游客增多，阿里地区发生地震，融创文旅城开业。')).toEqual([]);
    expect(zh('阿里宣布组织调整，融创山东公司揭牌。')).toEqual(['阿里', '融创']);
  });

  it('reads a place and a company’s name in a sentence about sport as the club named after it', () => {
    expect(found('杭州阿里巴巴本赛季在中超主场获胜。')).toEqual([]);
    expect(found('杭州阿里巴巴公布财报，阿里巴巴收入增长。')).toEqual(['阿里巴巴=alibaba-group', '阿里巴巴=alibaba-group']);
  });
});

describe('Chinese names read from the words around them', () => {
  const data = createCompanyMatcher([{ id: 'horizon-robotics', name: 'Horizon Robotics', kind: 'company' }]);
  const names = (text: string) => findCompanies(text, data).map((m) => `${m.text}=${m.id}`);

  it('takes the name between what a company is and what it did ("…公司驰远智行获得…")', () => {
    expect(names('自动驾驶卡车公司驰远智行获得数千万美元A+轮融资。')).toEqual(['驰远智行=unknown:驰远智行']);
    expect(names('消费电子品牌极声科技宣布完成融资。')).toEqual(['极声科技=unknown:极声科技']);
    expect(names('这家公司表示将继续投入。')).toEqual([]);
    expect(names('晟元电力拟以18亿元收购储能电池企业安芯储能全部股权。')).toContain('安芯储能=unknown:安芯储能');
    // A chain, or a kind ending in 企, before the name; a stake in it after ("…的战略投资").
    expect(names('宠物医疗连锁安宠医疗获得2亿元战略融资。')).toEqual(['安宠医疗=unknown:安宠医疗']);
    expect(names('深圳初创企业光子跃迁完成数千万元天使轮融资。')).toEqual(['光子跃迁=unknown:光子跃迁']);
    expect(names('长川汽车宣布完成对固态电池企业清陶新能的战略投资。')).toContain('清陶新能=unknown:清陶新能');
    expect(names('新能源物流车企业远驰汽车今日宣布配售新股。')).toEqual(['远驰汽车=unknown:远驰汽车']);
  });

  it('links a Chinese name to the company bracketed after it ("地平线（Horizon Robotics）")', () => {
    expect(names('芯片公司地平线（Horizon Robotics）登陆港交所。地平线成立于2015年。')).toEqual([
      '地平线=horizon-robotics',
      'Horizon Robotics=horizon-robotics',
      '地平线=horizon-robotics',
    ]);
  });
});

describe('a known Chinese company’s brand on its page', () => {
  const data = createCompanyMatcher([
    { id: 'sany', name: 'Sany Heavy Industry', zh: ['三一重工'], kind: 'company' },
    { id: 'bank-of-china', name: 'Bank of China', zh: ['中国银行'], kind: 'company' },
    { id: 'cmb', name: 'China Merchants Bank', zh: ['招商银行'], kind: 'company' },
  ]);
  const names = (text: string) => findCompanies(text, data).map((m) => `${m.text}=${m.id}`);

  it('links the name without its industrial head after the full name ("三一重工 … 三一")', () => {
    expect(names('三一重工发布年报。三一表示海外收入增长。')).toEqual(['三一重工=sany', '三一=sany']);
  });

  it('does not link a bank’s name without its head, nor a place-less corporate word', () => {
    expect(names('招商银行发布年报。当地加大招商引资。')).toEqual(['招商银行=cmb']);
    expect(names('中国银行发布年报。多家银行跟进。')).toEqual(['中国银行=bank-of-china']);
  });
});

describe('names ending in 投资', () => {
  const data = createCompanyMatcher([]);
  const names = (text: string) => findCompanies(text, data).map((m) => m.text);
  it('are companies only as items of a list', () => {
    expect(names('投资方为远澜创投、若水投资。')).toEqual(['远澜创投', '若水投资']);
    expect(names('公司将加大投资力度。')).toEqual([]);
  });
});

describe('Chinese names read from lists and market items', () => {
  it('reads the other items of a list that holds a company', () => {
    expect(found('京东、古茗和沪上阿姨均在名单中。')).toEqual(['京东=jd-com', '古茗=unknown:古茗', '沪上阿姨=unknown:沪上阿姨']);
    expect(found('宁德时代、北京与上海都是主要市场。')).toEqual(['宁德时代=catl']);
  });

  it('reads names whose shares moved in a market item, never an index, a sector or a price', () => {
    expect(found('港股收盘，新世界发展跌5%，古茗、沪上阿姨跌逾3%，老铺黄金则逆市涨4%。')).toEqual([
      '新世界发展=unknown:新世界发展', '古茗=unknown:古茗', '沪上阿姨=unknown:沪上阿姨', '老铺黄金=unknown:老铺黄金',
    ]);
    expect(found('恒生指数收涨1%，科技股跌2%，汽车板块涨3%，金价涨1%，销量涨30%，开盘涨1%。')).toEqual([]);
    expect(found('港股方面，华铭股价当日上涨3%。')).toEqual(['华铭=unknown:华铭']);
  });

  it('takes the registered place and legal words around a data name as that company, in full', () => {
    expect(found('江苏宁德时代股份有限公司公告。')).toEqual(['江苏宁德时代股份有限公司=catl']);
  });

  it('cuts the last item of a list before the verb that follows it', () => {
    expect(found('老股东阿里巴巴、若水投资继续加注。')).toEqual(['阿里巴巴=alibaba-group', '若水投资=unknown:若水投资']);
  });

  it('reads a startup named after 新创, and one that files with an exchange', () => {
    expect(found('台湾AI新创宇晟智能宣布完成A轮募资。')).toEqual(['宇晟智能=unknown:宇晟智能']);
    expect(found('脑机接口公司灵思医疗日前向上交所递交科创板招股书。')).toEqual(['灵思医疗=unknown:灵思医疗']);
  });

  it('opens no name with a date or a quantity, nor with the verbs of filings and courts', () => {
    expect(found('10月汽车产销两旺。')).toEqual([]);
    expect(found('法院判决下属华铭置业有限公司赔偿。')).toEqual(['华铭置业有限公司=unknown:华铭置业']);
  });
});


describe('a short Chinese form that needs the full name, read inside a longer name', () => {
  const robot = createCompanyMatcher([{ id: 'siasun', name: 'Siasun', zh: ['机器人'], kind: 'company', match: 'after-full-name' }]);
  const read = (text: string) => findCompanies(text, robot).map((m) => `${m.text}=${m.id}`);

  it('does not take a legal word after it as the company named in full', () => {
    expect(read('服务机器人企业杭州云雀机器人股份有限公司今日上市。开盘后云雀机器人股价上涨。')).toEqual(['杭州云雀机器人股份有限公司=unknown:云雀机器人', '云雀机器人=unknown:云雀机器人']);
    expect(read('机器人股份有限公司公告，机器人今日涨停。')).toEqual(['机器人股份有限公司=siasun', '机器人=siasun']);
  });
});

describe('the target of a deal and risk-warned stocks, without a corporate word', () => {
  it('reads the target after the buyer and its verb, up to the end of the clause or the stake', () => {
    expect(found('阿里巴巴宣布全资收购快运通，交易金额未披露。')).toEqual(['阿里巴巴=alibaba-group', '快运通=unknown:快运通']);
    expect(found('京东拟以现金收购海旅免税51%股权。')).toEqual(['京东=jd-com', '海旅免税=unknown:海旅免税']);
    expect(found('阿里巴巴以27亿美元收购共享单车企业骑迹出行，团队保持独立。')).toEqual(['阿里巴巴=alibaba-group', '骑迹出行=unknown:骑迹出行']);
    // A buyer the data does not hold, named again; what the target is in up to ten characters.
    expect(found('服务商云栈科技完成融资。云栈科技宣布全资收购杭州数据中台初创公司数脉信息，交易金额未披露。')).toContain('数脉信息=unknown:数脉信息');
    // Bought whole (全资) and named up to the clause's end: no buyer needed either; a deal word is still no name.
    expect(found('云栈科技完成1亿元B轮融资，同时宣布全资收购数脉信息。')).toContain('数脉信息=unknown:数脉信息');
    expect(found('公司宣布全资收购事项已完成。')).toEqual([]);
    // A stake stated in full is the slot's own grammar: no buyer needed before it.
    expect(found('美团发布公告称，拟以约20.65亿元的总对价收购光年之外全部权益。')).toContain('光年之外=unknown:光年之外');
  });

  it('reads what is sold, transferred or invested in, a name opening with digits, and what 将…出售给 names', () => {
    expect(found('阿里巴巴宣布，以总代价约131亿港元向德弘资本出售所持高鑫零售约78.7%股份。')).toContain('高鑫零售=unknown:高鑫零售');
    expect(found('百度宣布以19亿美元全资收购91无线，创下纪录。')).toContain('91无线=unknown:91无线');
    expect(found('阿里巴巴集团以约283亿元人民币战略投资苏宁云商，持股19.99%。')).toContain('苏宁云商=unknown:苏宁云商');
    expect(found('阿里巴巴刚以约74亿元将银泰商业出售给雅戈尔集团。')).toContain('银泰商业=unknown:银泰商业');
    // A deal word after 将 is no name.
    expect(found('阿里巴巴将全部股权出售给雅戈尔集团。')).not.toContain('全部股权=unknown:全部股权');
    // Between 对 and 的收购; a place that opens a name ("徐州博康"), but no place with only a count after it.
    expect(found('蜜雪集团完成对福鹿家的收购，交易金额约2.97亿元。')).toContain('福鹿家=unknown:福鹿家');
    expect(found('天海投资完成对美国电子产品分销商英迈的收购。')).toContain('英迈=unknown:英迈');
    // Every item of a list of targets whose shares are bought.
    expect(found('阿里巴巴拟收购新昇晶投、新昇晶科、新昇晶睿的少数股权。')).toEqual(['阿里巴巴=alibaba-group', '新昇晶投=unknown:新昇晶投', '新昇晶科=unknown:新昇晶科', '新昇晶睿=unknown:新昇晶睿']);
    expect(found('阿里巴巴入股了光刻胶企业徐州博康。').filter((n) => n.startsWith('徐州博康'))).toHaveLength(1);
    expect(found('阿里巴巴以约4.5亿元收购了上海一家电池材料企业。')).toEqual(['阿里巴巴=alibaba-group']);
  });

  it('reads no target without a buyer before it, and no deal word as a target', () => {
    expect(found('拟收购骑迹出行，交易尚需批准。')).toEqual([]);
    expect(found('京东宣布收购进展顺利。京东此次收购报告书。京东拟收购一家游戏公司，京东收购完成。')).toEqual(['京东=jd-com', '京东=jd-com', '京东=jd-com', '京东=jd-com']);
    expect(found('京东公告，收购资产的评估增值率为35%；京东收购价格公允。')).toEqual(['京东=jd-com', '京东=jd-com']);
  });

  it('reads a stock under risk warning with its mark', () => {
    expect(found('*ST天宇、ST明诚跌停，ST板块成交清淡。')).toEqual(['*ST天宇=unknown:ST天宇', 'ST明诚=unknown:ST明诚']);
  });
});

describe('more names without the data: heads, name words before a legal word, start-ups in corner brackets', () => {
  it('reads heavy-industry and shipbuilding heads, and 建设/发展/投资 right before a legal word as the name’s own', () => {
    expect(found('扬子江船业与海润船舶展开竞争。')).toEqual(['扬子江船业=unknown:扬子江船业', '海润船舶=unknown:海润船舶']);
    expect(found('竞买方京华建设集团报价落败。')).toEqual(['京华建设集团=unknown:京华建设']);
  });

  it('links the brand of a full name on the page, over another reading of the same text', () => {
    expect(found('青岛海润船舶制造有限公司获得订单。海润船舶在手订单充足。')).toEqual(['青岛海润船舶制造有限公司=unknown:海润船舶制造', '海润船舶=unknown:海润船舶制造']);
  });

  it('reads a name in corner brackets that raised money, and no other bracketed word', () => {
    expect(found('「星海图」宣布完成超1亿美元A轮融资。')).toEqual(['星海图=unknown:星海图']);
    expect(found('「豆包」月活用户获得新高。「人工智能」完成了新一轮讨论。')).toEqual([]);
  });
});

describe('a Chinese name that opens the name of a place, a building or a project', () => {
  it('is not the company', () => {
    expect(found('阿里巴巴广场开业，京东大厦启用，宁德时代产业园投产。')).toEqual([]);
    expect(found('山东寿光蔬菜产业集团有限公司表示，寿光蔬菜产业园扩建。')).toEqual(['山东寿光蔬菜产业集团有限公司=unknown:寿光蔬菜产业']);
    expect(found('阿里巴巴滨江大厦落成，深圳湾科技生态园扩建。')).toEqual([]);
  });

  it('leaves a company before a sentence word, or a legal name, alone', () => {
    expect(found('阿里巴巴和万达广场签约。')).toEqual(['阿里巴巴=alibaba-group']);
    expect(found('宁德时代新能源科技股份有限公司项目部')).toEqual(['宁德时代新能源科技股份有限公司=catl']);
  });
});

describe('accounting and law firms', () => {
  it('read 会计师事务所 and 律师事务所 as legal words, and no kind of firm alone', () => {
    expect(found('审计机构为天衡华信会计师事务所（特殊普通合伙），法律顾问为北京市金杜律师事务所。')).toEqual(['天衡华信会计师事务所=unknown:天衡华信', '北京市金杜律师事务所=unknown:金杜']);
    expect(found('该律师事务所表示，多家会计师事务所被罚。')).toEqual([]);
  });
});

describe('the brand of an unknown full name without its trade word', () => {
  it('links it on the page', () => {
    expect(chineseShortForms('卡奥斯物联科技股份有限公司')).toContain('卡奥斯');
    expect(found('卡奥斯物联科技股份有限公司签约。卡奥斯表示将带动企业落户。')).toEqual(['卡奥斯物联科技股份有限公司=unknown:卡奥斯物联科技', '卡奥斯=unknown:卡奥斯物联科技']);
    // Not down to a generic word or a place.
    expect(chineseShortForms('深圳数字智能科技有限公司')).not.toContain('数字');
  });
});

describe('names in the role slots of a Chinese round', () => {
  const data = createCompanyMatcher([{ id: 'qiming', name: 'Qiming Venture Partners', zh: ['启明创投'], kind: 'investor' }]);
  const names = (text: string) => findCompanies(text, data).map((m) => `${m.text}=${m.id}`);

  it('reads the name a slot delimits: 由…领投, 老股东…加注, …跟投', () => {
    expect(names('量衡科技宣布完成五亿元B轮融资，由庐州产业引导基金领投，多家市场化机构跟投。')).toEqual(expect.arrayContaining(['庐州产业引导基金=unknown:庐州产业引导基金']));
    expect(names('本轮由启明创投领投，老股东星屿投资持续加注。')).toEqual(['启明创投=qiming', '星屿投资=unknown:星屿投资']);
    expect(names('本轮由启明创投领投，青禾、远山跟投。')).toEqual(['启明创投=qiming', '青禾=unknown:青禾', '远山=unknown:远山']);
  });

  it('reads the buyer that opens a sentence before 宣布/公告 and its purchase', () => {
    expect(names('暖山咖啡宣布以3.2亿港元收购麦田小馆60%股权。')).toContain('暖山咖啡=unknown:暖山咖啡');
    expect(names('电池材料商华拓钴业晚间公告，公司以5.8亿元收购天宜新材35%股权。')).toContain('华拓钴业=unknown:华拓钴业');
    expect(names('公司宣布以3.2亿港元收购麦田小馆60%股权。')).not.toContain('公司=unknown:公司');
    // Any announcement opening a sentence names the company that made it; an exchange or a regulator is none.
    expect(names('苏宁易购公告，张近东拟转让所持部分股份。')).toContain('苏宁易购=unknown:苏宁易购');
    expect(names('暖山咖啡晚间发布公告称，董事长辞职。')).toContain('暖山咖啡=unknown:暖山咖啡');
    expect(names('证监会公告，对三家券商采取监管措施。')).toEqual([]);
    expect(names('上交所公告，暂停两只股票交易。')).toEqual([]);
    expect(names('中国人民银行公告，下调存款准备金率。')).toEqual([]);
    expect(names('招标公告：某市地铁项目。')).toEqual([]);
  });

  it('reads the company that opens a sentence and raised, and no name out of 领投方为', () => {
    expect(names('星海图获得由启明创投领投的3亿元A轮融资。')).toEqual(['星海图=unknown:星海图', '启明创投=qiming']);
    expect(names('此次完成的A轮融资将用于研发。')).toEqual([]);
    expect(names('云鲸智能近日宣布，已于今年3月完成1亿美元C轮融资，本轮由启明创投独家投资。')).toEqual(['云鲸智能=unknown:云鲸智能', '启明创投=qiming']);
    // A news source that "learned" of the round is no company that raised it.
    expect(names('界面新闻获悉，长川汽车获得15亿元战略投资。')).not.toContain('界面新闻=unknown:界面新闻');
    expect(names('本轮领投方为澄湖资本。')).toEqual(['澄湖资本=unknown:澄湖资本']);
  });

  it('reads the company that opens a listing sentence, or follows 的, and no word of the market', () => {
    expect(names('紫金矿业分拆的紫金黄金国际今日在港交所挂牌，集资约287亿港元。')).toContain('紫金黄金国际=unknown:紫金黄金国际');
    expect(names('影石创新今日登陆科创板，发行价47.27元/股。')).toContain('影石创新=unknown:影石创新');
    expect(names('澜舟医疗（02591）今日在港交所主板挂牌。')).toContain('澜舟医疗=unknown:澜舟医疗');
    expect(names('港交所文件显示，澜舟医疗（Lanzhou Med）今日在港交所主板上市。')).toContain('澜舟医疗=unknown:澜舟医疗');
    expect(names('今年以来多家公司在港交所上市。')).toEqual([]);
    expect(names('三只新股今日在科创板上市。')).toEqual([]);
  });

  it('reads the buyer that opens a clause after a comma, and a unit named after its owner', () => {
    expect(names('双方宣布，双汇国际将以每股34美元现金收购史密斯菲尔德。')).toContain('双汇国际=unknown:双汇国际');
    expect(names('消息称，交易将以现金收购方式进行。')).toEqual([]);
    expect(names('海航旗下天海投资已以约60亿美元完成对英迈的收购。')).toContain('天海投资=unknown:天海投资');
    expect(names('华宇集团旗下品牌已完成升级。')).toEqual(['华宇集团=unknown:华宇']);
  });

  it('reads who subscribes a placement, a state body included', () => {
    expect(names('邮储银行完成1300亿元定增，认购方为财政部、中国移动集团和某某资本。')).toEqual(expect.arrayContaining(['财政部=unknown:财政部', '某某资本=unknown:某某资本']));
    expect(names('中国银行向特定对象发行股票，发行对象为财政部。')).toContain('财政部=unknown:财政部');
    // The words of the slot are no part of the name after them.
    expect(names('华辰电子完成股票定向发行，认购对象为澄湖资本。')).toContain('澄湖资本=unknown:澄湖资本');
  });

  it('reads no kind, count or generic backer as a name', () => {
    expect(names('本轮由启明创投领投，多家市场化机构跟投，老股东均持续加注。')).toEqual(['启明创投=qiming']);
    expect(names('本轮由老股东领投，其他投资方跟投。')).toEqual([]);
  });
});

describe('local banks, generic names with their place, and the 简称 of a long core (issue 16, item 3)', () => {
  it('reads a city’s or a province’s rural or city commercial bank as one bank, keeping the place in its id', () => {
    expect(found('重庆农村商业银行股份有限公司去年净利润增长。')).toEqual(['重庆农村商业银行股份有限公司=unknown:重庆农村商业银行']);
    expect(found('北京农商银行和上海农商银行下调利率。')).toEqual(['北京农商银行=unknown:北京农商银行', '上海农商银行=unknown:上海农商银行']);
    expect(found('江苏江南农村商业银行获批发行二级资本债。')).toEqual(['江苏江南农村商业银行=unknown:江南农村商业银行']);
  });

  it('reads no bank from a country or a kind ("美国商业银行", "多家农商银行", "国内商业银行")', () => {
    expect(found('美国商业银行纷纷加息，多家农商银行下调存款利率，国内商业银行净息差收窄。')).toEqual([]);
  });

  it('reads a domestic place, generic words and a legal word as a company; generic words alone as none', () => {
    expect(found('山东省港口集团有限公司发布公告，山东港口集团表示')).toEqual(['山东省港口集团有限公司=unknown:山东港口', '山东港口集团=unknown:山东港口']);
    expect(found('港口集团整合资源。')).toEqual([]);
    // A domestic place, a head and a legal word: "广西汽车集团有限公司"; a foreign place and a head: no one company.
    expect(found('和广西汽车集团有限公司共同持股。')).toEqual(['广西汽车集团有限公司=unknown:广西汽车']);
    expect(found('美国汽车集团有限公司')).toEqual([]);
  });

  it('links the first four characters of a long core that ends in its trade', () => {
    expect(chineseShortForms('常州恒拓精密机械有限公司')).toContain('恒拓精密');
    expect(chineseShortForms('郑州嘉润新材料科技有限公司')).toContain('嘉润新材');
    expect(chineseShortForms('中远海运集装箱运输有限公司')).not.toContain('中远海运');
    expect(found('常州恒拓精密机械有限公司签约。恒拓精密主要生产齿轮。')).toEqual(['常州恒拓精密机械有限公司=unknown:恒拓精密机械', '恒拓精密=unknown:恒拓精密机械']);
  });
});

describe('sentence words that are no names (real-page errors)', () => {
  it('reads no company from capital being replenished or from an adverb of sequence', () => {
    expect(found('财政部拟发行特别国债，支持大型银行补充核心一级资本，大行补充资本。')).toEqual([]);
    expect(found('宁德时代等公司相继获得大额融资，多家公司先后完成融资。')).toEqual(['宁德时代=catl']);
  });
});

describe('a registered name after the body it belongs to', () => {
  it('starts after 所属 ("浙江省国资委所属浙江省交通投资集团有限公司")', () => {
    expect(found('浙江省国资委所属浙江省交通投资集团有限公司完成增资。')).toEqual(['浙江省交通投资集团有限公司=unknown:浙江交通投资']);
  });
});

describe('offices, founding verbs and foundations are no names', () => {
  it('reads no company from 董事长, 设立基金 or 基金会', () => {
    expect(found('宁德时代董事长表示，公司与中国银行联合设立基金，李嘉诚基金会同日捐款。')).toEqual(['宁德时代=catl', '中国银行=bank-of-china']);
  });
});

describe('the start of a registered name after a description and a place, and 控股 as control', () => {
  it('opens the name at the place after 企业 ("一家纺织企业浙江永通染织集团有限公司")', () => {
    expect(found('绍兴市柯桥区一家纺织企业浙江永通染织集团有限公司完成技改。')).toEqual(['浙江永通染织集团有限公司=unknown:永通染织']);
  });

  it('reads 控股股东 as a controlling shareholder, not a company named …控股', () => {
    expect(found('要求公司说明控股股东浙江围海控股集团有限公司资金占用情况。')).toEqual(['浙江围海控股集团有限公司=unknown:围海']);
  });
});

describe('a trade word that names an event or a product, not a maker', () => {
  it('reads a show, a fair, a summit or a forum named by its trade as an event ("迪拜航空展")', () => {
    expect(found('迪拜航空展上，多家航空公司签下订单。')).toEqual([]);
    expect(found('上海汽车展览会开幕，2024全球金融峰会同日举行。')).toEqual([]);
    expect(found('星河科技展出了新款机器人。')).toEqual(['星河科技=unknown:星河科技']);
  });

  it('reads a model word before a trade as a product ("新款机器人", "首款芯片")', () => {
    expect(found('星河科技推出了新款机器人，还有首款芯片。')).toEqual(['星河科技=unknown:星河科技']);
  });
});

describe('policy prose before a trade word in wire copy (issue 16, item 3)', () => {
  it('reads no company after a verb, a whole region or a rank', () => {
    expect(found('表示将继续推动中小银行稳健经营。全区新能源装机容量已超过煤电，重组后将打造世界级钢铁企业。')).toEqual([]);
  });
  it('still reads a named bank or steelmaker', () => {
    expect(found('全省推动宁波通商银行股份有限公司改革。世界级的本溪钢铁集团有限公司表示欢迎。').map((f) => f.split('=')[0])).toEqual(['宁波通商银行股份有限公司', '本溪钢铁集团有限公司']);
  });
});

describe('wire copy around names (issue 16, second zh-wire batch)', () => {
  it('reads no company in "省内中小银行", nor one named 科技 before 大学', () => {
    expect(found('省内中小银行风险总体可控，基金会向福耀科技大学捐资。')).toEqual([]);
  });
  it('takes a province and a generic trade (交通) as one registered name, with no short form 交通', () => {
    expect(found('浙江省交通投资集团有限公司签署协议。交通基础设施投资将继续保持高位。')).toEqual(['浙江省交通投资集团有限公司=unknown:浙江交通投资']);
  });
});

describe('subsidiaries and ports in wire copy (issue 16, third zh-wire batch)', () => {
  const parents = createCompanyMatcher([{ id: 'state-grid', name: 'State Grid', zh: ['国家电网', '国网'], kind: 'company' }]);
  it('reads a parent’s short name before a registered name that opens with a place as one subsidiary', () => {
    expect(findCompanies('国网江苏省电力有限公司今年用电负荷创新高。', parents).map((m) => m.text)).toEqual(['国网江苏省电力有限公司']);
  });
  it('does not link a port, an airport or a station named like the company that runs it', () => {
    expect(found('宁波舟山港股份有限公司吞吐量增长。宁波舟山港穿山港区作业繁忙。').map((f) => f.split('=')[0])).toEqual(['宁波舟山港股份有限公司']);
  });
});

describe('heads that close no name on real pages (issue 16: fresh pages)', () => {
  const banks = createCompanyMatcher([
    ...records,
    { id: 'hsbc', name: 'HSBC', zh: ['汇丰'], kind: 'company' },
    { id: 'hang-seng-bank', name: 'Hang Seng Bank', zh: ['恒生银行'], kind: 'company' },
  ]);
  const read = (text: string) => findCompanies(text, banks).map((m) => `${m.text}=${m.id}`);

  it('leaves a head inside a data name to that name: no longer name ends there', () => {
    expect(read('汇丰建议私有化恒生银行 溢价约三成')).toEqual(['汇丰=hsbc', '恒生银行=hang-seng-bank']);
  });

  it('reads no name before a group word of structure, the industry noun 房地产, a network of branches, or a kind of car', () => {
    expect(read('一直推动精简集团架构。')).toEqual([]);
    expect(read('近年受内地商业房地产贷款拖累。')).toEqual([]);
    expect(read('将保留其品牌和分行网络。')).toEqual([]);
    expect(read('智能电动汽车业务首次完整计入一个季度。')).toEqual([]);
  });

  it('still reads a registered name that holds those words', () => {
    expect(read('恒大房地产集团有限公司公告。')).toEqual(['恒大房地产集团有限公司=unknown:恒大房地产']);
  });

  it('does not take an index compiler’s name without its legal words as a short form: that is the index', () => {
    expect(chineseShortForms('恒生指数有限公司')).not.toContain('恒生指数');
    expect(read('恒生指数由恒生银行旗下的恒生指数有限公司编制。').map((f) => f.split('=')[0])).toEqual(['恒生银行', '恒生指数有限公司']);
  });
});

describe('sentence words around heads on real pages (issue 16: fresh pages, batch B)', () => {
  it('reads no name across verbs of attention, a representative or the particles 则/就', () => {
    expect(found('金管会则表示，将持续关注寿险业汇率避险成本。')).toEqual([]);
    expect(found('来自企业的代表则就能源安全建言。')).toEqual([]);
  });

  it('reads no name before a head that closes a common noun, nor before 汽车 after kinds of car', () => {
    expect(found('回购的股份将全部注销并减少注册资本。')).toEqual([]);
    expect(found('建议加快智能网联汽车相关立法。')).toEqual([]);
  });

  it('ends a listed name before an adverb ("辉达与苹果仍是…")', () => {
    expect(found('京东与苹果仍是重要客户。')).toEqual(['京东=jd-com']);
  });

  it('links the first four characters of an unknown name whose trade is 新能源科技', () => {
    expect(chineseShortForms('安徽德润新能源科技股份有限公司')).toContain('德润新能');
    expect(found('安徽德润新能源科技股份有限公司拟收购资产。楚星电池将成为德润新能的控股子公司。').map((f) => f.split('=')[0])).toContain('德润新能');
  });
});

describe('short forms and name starts that fresh Chinese business news uses (issue 16, session 15)', () => {
  it('knows a brand of four characters that ends in its material by its first two', () => {
    expect(chineseShortForms('隆基绿能科技股份有限公司', true)).toContain('隆基');
    expect(chineseShortForms('福耀玻璃工业集团股份有限公司', true)).toContain('福耀');
    expect(chineseShortForms('青海盐湖工业股份有限公司', true)).not.toContain('盐湖');
    expect(chineseShortForms('上海电气集团股份有限公司', true)).not.toContain('上海');
  });

  it('joins an unknown name and its head without the trade between them', () => {
    expect(chineseShortForms('青岛蓝港精细化工有限公司')).toContain('蓝港化工');
    expect(found('青岛蓝港精细化工有限公司投产。蓝港化工表示订单充足。')).toEqual(['青岛蓝港精细化工有限公司=unknown:蓝港精细化工', '蓝港化工=unknown:蓝港精细化工']);
  });

  it('opens a registered name anew at a place after 是, 为, 于 or 对', () => {
    expect(found('上海海港队背后是上海国际港务（集团）股份有限公司。')).toEqual(['上海国际港务（集团）股份有限公司=unknown:国际港务']);
  });

  it('takes no short form inside the name of a school, a hospital or an institute', () => {
    expect(found('清华控股有限公司表示，清华大学不再持股；宁德时代医院开诊。')).toEqual(['清华控股有限公司=unknown:清华']);
  });
});

describe('banks, funds, zones and market prose in fresh Chinese business news (issue 16, session 15)', () => {
  it('reads a mainland province or city before 银行 as its bank, not a nation or the industry', () => {
    expect(found('山西银行和四川银行也以类似方式组建。')).toEqual(['山西银行=unknown:山西银行', '四川银行=unknown:四川银行']);
    expect(found('日本银行维持利率不变，山西银行业金融机构增加。')).toEqual([]);
    expect(found('广东银行网点数量增加，深圳银行机构贷款增长，银行体系稳健。')).toEqual([]);
  });

  it('keeps 商 before a head in the name, and takes no kind of fund or futures contract', () => {
    expect(found('招商基金的债券基金规模增长，碳酸锂期货主力合约下跌。')).toEqual(['招商基金=unknown:招商基金']);
  });

  it('reads no name in market prose or before a zone', () => {
    expect(found('港股科技股周四普跌，台湾金控股获利大增，外资连续三日买超航运股。')).toEqual([]);
    expect(found('项目位于武汉东湖高新区。')).toEqual([]);
  });

  it('starts a name after a sponsor’s role or a body’s 为', () => {
    expect(found('赞助方本钢集团有限公司表示支持。')).toEqual(['本钢集团有限公司=unknown:本钢']);
    expect(found('辽宁省财政厅为辽沈银行注入资金。')).toEqual(['辽沈银行=unknown:辽沈银行']);
  });

  it('knows a dyeworks by its brand and head when a district opens its name', () => {
    expect(chineseShortForms('绍兴柯桥恒美印染有限公司')).toContain('恒美印染');
  });
});

describe('where a product is made (issue 16, session 15)', () => {
  it('reads no company in 中国产电动汽车 or 国产芯片, and keeps 产业 in a name', () => {
    expect(found('欧盟对中国产电动汽车加征关税，国产芯片企业受益。')).toEqual([]);
    expect(found('中国产业链龙头恒拓精密科技有限公司表示。')).toEqual(['恒拓精密科技有限公司=unknown:恒拓精密科技']);
  });
});

describe('joint village banks, household goods, Taiwan market prose and numbered models (issue 16, session 15)', () => {
  it('reads 联合 before 村镇 as the bank’s own word, and no name after 推广', () => {
    expect(found('浙江嘉善联合村镇银行在嘉善县推广农业保险。')).toEqual(['浙江嘉善联合村镇银行=unknown:嘉善联合村镇银行']);
    expect(found('上海星河文化推广有限公司成立。')).toEqual(['上海星河文化推广有限公司=unknown:星河文化推广']);
  });

  it('reads 日用 as a head, 台股 as market prose, a numbered model as a product', () => {
    expect(found('小商品企业优购日用出口增长，台股电子股走扬，星河一号机器人已在工厂试用。')).toEqual(['优购日用=unknown:优购日用']);
  });
});

describe('a name before a stock code (issue 16, session 15)', () => {
  it('is a listed company, with or without a corporate word', () => {
    expect(found('恒拓精密（920918）：中标风电项目。锦澜（08999.HK）发盈利预警。据新华社（北京）报道。')).toEqual(['恒拓精密=unknown:恒拓精密', '锦澜=unknown:锦澜']);
  });

  it('gives way to the full name it abbreviates later on the page', () => {
    expect(found('德润新能（301628）：安徽德润新能源科技股份有限公司拟收购电池公司，德润新能表示。')).toEqual([
      '德润新能=unknown:德润新能源科技',
      '安徽德润新能源科技股份有限公司=unknown:德润新能源科技',
      '德润新能=unknown:德润新能源科技',
    ]);
  });
});

describe('a count of shares and the verb that keeps a name (issue 16, session 15)', () => {
  it('starts no name at 每1股 or 沿用', () => {
    expect(found('即每1股武钢股份可换取0.56股；合并后沿用恒远电气的名称。')).toEqual(['武钢股份=unknown:武钢股份', '恒远电气=unknown:恒远电气']);
  });
});

describe('fresh set 2 (issue 16): name starts and ends, a provincial bank union, a listed company in full', () => {
  it.each([
    ['清华大学将所持清华控股有限公司全部股权划转。', ['清华控股有限公司=unknown:清华']],
    ['首钢继续赞助，而本钢集团已并入鞍钢。', ['本钢集团=unknown:本钢']],
    ['中国石化将按照国家能源局要求保障供应。', []],
    ['由智路资本和建广资产牵头的联合体接手。', ['智路资本=unknown:智路资本', '建广资产=unknown:建广资产']],
    ['浙江农商联合银行成立后，管理体制发生变化。', ['浙江农商联合银行=unknown:浙江农商联合银行']],
  ])('%s', (text, mentions) => {
    expect(found(text).filter((m) => !m.startsWith('中国石化'))).toEqual(mentions);
  });

  it('reads a data name, a word of its trade and 股份有限公司 as that company', () => {
    const m = createCompanyMatcher([{ id: 'kweichow-moutai', name: 'Kweichow Moutai', zh: ['贵州茅台', '茅台'], kind: 'company' }]);
    expect(findCompanies('贵州茅台酒股份有限公司下调出厂价。', m).map((x) => `${x.text}=${x.id}`)).toEqual(['贵州茅台酒股份有限公司=kweichow-moutai']);
  });
});

describe('fresh set 2 (issue 16), batch B: a jurisdiction and a public holder are no names', () => {
  it.each([
    ['上海金融监管局要求辖内银行做好消费者权益保护。', []],
    ['天津城投由天津市国资委全资控股，负责基础设施建设。', []],
  ])('%s', (text, mentions) => {
    expect(found(text)).toEqual(mentions);
  });
});

describe('fresh set 2 (issue 16), batch C: heads of a trade, the longest head, 技术 after a trade', () => {
  it('lists the short forms by the longest head and without 技术', () => {
    expect(chineseShortForms('宁夏宝廷新能源有限公司')).toContain('宝廷');
    expect(chineseShortForms('宁夏宝廷新能源有限公司')).not.toContain('宝廷新');
    expect(chineseShortForms('海门锦绣家纺有限公司')).toContain('锦绣家纺');
    expect(chineseShortForms('上海芯岚半导体技术有限公司')).toContain('芯岚半导体');
    expect(chineseShortForms('上海芯岚半导体技术有限公司')).not.toContain('导体技术');
  });

  it.each([
    ['绍兴一家纺织企业完成技改。', []],
    ['海门区家纺商会组织企业参展。', []],
  ])('reads no name in %s', (text, mentions) => {
    expect(found(text)).toEqual(mentions);
  });
});

describe('fresh set 2 (issue 16), batch D: a supplier’s parts, a broker’s 经纪, a maker of optics', () => {
  it('lists the short forms a page uses for them', () => {
    expect(chineseShortForms('浙江安途汽车部件股份有限公司')).toContain('安途汽车');
    expect(chineseShortForms('浙江安途汽车部件股份有限公司')).not.toContain('汽车部件');
    expect(chineseShortForms('明亚保险经纪股份有限公司')).toContain('明亚经纪');
    expect(chineseShortForms('舜宇光学科技', true)).toContain('舜宇');
  });

  it('reads no broker in "券商经纪业务"', () => {
    expect(found('东方财富旗下券商经纪业务受益于交易活跃。')).toEqual([]);
  });
});

describe('a listed maker before what it brings out (issue 16, fresh set 2 batch D)', () => {
  it('ends the item before 新机 and the verb after it', () => {
    expect(found('手机镜头需求增长，阿里巴巴和荣耀新机带动需求。')).toEqual(['阿里巴巴=alibaba-group', '荣耀=unknown:荣耀']);
  });
});

describe('consumer news: an institution named as the object of everyday words (session 18)', () => {
  it.each([
    '他随即致电银行，要求冻结账户。',
    '老人上班前到银行办理了挂失。',
    '不少银行已经上调了房贷利率。',
    '当时银行并未告知手续费。',
    '私人银行和网上银行的门槛不同。',
    '持卡人可联系发卡银行。',
    '这款游戏软件很受欢迎。',
    '理财周报零售银行课题组发布报告。',
    '李云飞告诉银行工作人员。',
    '发表于2011年《大众软件》1月下。',
    '武汉市国土房产局举行新闻发布会。',
    '明年1月交货的轻质原油期货价格下跌58美分。',
    '协会号召各银行把握风险。',
    // A verb, a conjunction or a rank before the head, a kind of fund, lease or bank, and a developer as a trade (地产商).
    '否则visa将重罚收单银行，第一次将罚款5万美元。',
    '加上银行的手续费，成本不低。',
    '这些都是政府扶持电子产业的做法。',
    '该基金为开放式基金，每日可申购。',
    '外资法人银行的存款增长放缓。',
    '当地推进公共租赁住房建设。',
    '可以预见，素有责任地产商的美誉。',
    '据介绍，野生生物的栖息地正在缩小。',
    // A periodical named for a trade: a head before 报, 杂志, 周刊 … ("中国汽车报", "证券时报"), and the games magazine 大众软件.
    '据中国汽车报报道，新车将于下月投产。',
    '见习记者杨丽花证券时报记者胡学文',
    '大众软件：新手玩家《云之遥》全攻略',
    // 理财 after words other than a bank's (the service), 电子 before 竞技 (e-sports).
    '某银行资深理财师表示，持卡人应正确对待信用卡。',
    '可以通过专家理财的方式间接投资股票市场。',
    '由于银监会一般是审批银行的衍生产品或理财业务资格。',
    // A short data name read across a word its first character closes ("全国" + "美术" is no 国美).
    '他的画被选入全国美术作品展览。',
    // "A bank in Shanghai", an ordinal of a report or a term, and more verbs before a head.
    '上海一银行交易员表示，美元走弱。',
    '但北京一大型银行交易员也表示看好。',
    '8月份CNNIC发布《第22次中国互联网络发展状况统计报告》。',
    '通过当地人民银行调取了候选人的个人信用报告。',
    '与从事房屋租赁代理的中介机构签订了承诺书。',
    '共同打造一场地产盛宴。',
    '2011年竞游ECL电子竞技冠军联赛第二赛季决赛在中国电竞馆举行。',
    '对我来说电子竞技是我一生的工作。',
  ])('reads no company in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['他在韩亚银行办了一张卡。', '韩亚银行=unknown:韩亚银行'],
    ['招银理财发布新产品。', '招银理财=unknown:招银理财'],
    ['上海凯奕投资咨询管理有限公司拓展总监表示。', '上海凯奕投资咨询管理有限公司=unknown:凯奕投资咨询管理'],
    ['某机器人公司（中文名云岫机器人）宣布完成融资。', '云岫机器人=unknown:云岫机器人'],
    ['法院裁定受理重整，重整投资人为恒岳投资。', '恒岳投资=unknown:恒岳投资'],
    ['《无锡鼎晟精密机械股份有限公司关于股东减持的公告》称。', '无锡鼎晟精密机械股份有限公司=unknown:鼎晟精密机械'],
  ])('still reads a name: %s', (text, mention) => {
    expect(found(text)).toContain(mention);
  });
});
