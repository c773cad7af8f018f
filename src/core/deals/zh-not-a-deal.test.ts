// The Chinese not-a-deal cues (zh-not-a-deal.ts), tested by the sentences each was written for: the sentence, and the
// deals the reader should still find in it ("type|target"), none for a sentence that reports no deal.
import { describe, expect, it } from 'vitest';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => annotate(text, { companies: matcher, context: { lang: 'zh', date: '2025-06-01' } }).deals.map((d) => `${d.type}|${d.target.name}`);

const NO_DEAL: string[] = [
  // rumour: a rumour or a denial governs its sentence.
  '恒大汽车股价今日暴涨30%，市场传言其将获得新一轮战略投资。',
  // plan: a filing or an approval still to come, before the listing's clause.
  '某公司披露IPO招股书，拟募资20亿元。',
  '公司IPO已过会，拟在创业板上市，募资10亿元。',
  '东方财富获批发行不超过100亿元公司债券。',
  // (an offer just opened: the listing is to come.)
  '內地鋰電材料商贛鋒新材今日起至7月2日招股，擬全球發售1.5億股H股，集資最多約28.2億港元，預計7月7日在港交所主板掛牌。',
  // own fund: a fund raising its own money.
  '高瓴资本旗下基金完成募资，总规模约180亿美元。',
  // framework: an agreement that is not the deal.
  '远航物流与东方冷链签署合并框架协议，双方将在三个月内完成尽职调查。',
  // plan: a hope, a future day.
  '这家初创公司正在寻找新的投资人，希望在年内完成新一轮融资。',
  '公司股票将于明日起在新三板挂牌转让。',
  // total: a count of rounds since the start.
  '据天眼查信息，该公司成立以来共完成6轮融资，投资方包括红杉中国、高瓴资本等。',
  // total: an investor's tally.
  '2024年，小米产投共完成投资50余起，投资金额约60亿元。',
  // once: a deal recalled with no time of its own.
  '极越汽车陷入困境，此前百度和吉利曾分别向其注资。',
  // once, in a clause of only 此前: an investment recalled with no time, round or amount of its own.
  '此前，极佳视界刚获得华为哈勃投资。',
  // a deal qualifying a noun, and money raised long ago being spent.
  '中科精测公告，公司2023年3月完成的定向增发募集资金已全部使用完毕，募集资金专户已办理注销手续。',
  // topic: a deal after 对 / 关于 is what the words are about.
  '一位接近华源控股的人士向第一财经表示，公司对收购西部水泥的兴趣"一直存在"，但目前双方并未进入实质性谈判阶段。',
  // matter: a deal named as a matter, not done.
  '金信诺晚间公告，公司收到上交所出具的审核问询函，要求公司就发行股份购买四川华鲲电子100%股权事项的标的估值合理性作出说明。',
  // no name: words read as the company.
  '公司表示，关于收购事项的最新进展请以公司公告为准。',
  // no name: a document, a stage.
  '华夏船舶与东海船舶同时披露换股吸收合并预案。',
  // plan: a purchase in due diligence.
  '如今，公司再度把目光投向非洲，但相关收购仍处于尽调阶段。',
  // rumour: a report its company has not confirmed.
  '界面新闻从知情人士处获悉，曹运出行已完成新一轮融资，金额约10亿元，但曹运出行方面尚未对外确认上述消息。',
  // rumour, in the next sentence: a report answered with no comment or a denial.
  '有媒体报道称，美智集团已完成对火候电器的收购。对此，美智集团相关人士表示，以公司公告为准。',
  '多家媒体报道，云栖科技已完成5亿元C轮融资。对于上述消息，云栖科技回应称消息不实。',
  // receiver: the company a stake is transferred to is not the company sold.
  '市属国企文旅集团与城发集团签署协议，将所持本市旅游发展公司100%股权无偿划转至城发集团。',
  // no name: a city's count of first listings.
  '去年全市企业通过股权融资累计获得资金186亿元，其中新增上市公司5家，首发募资合计43亿元。',
  // no name: a total of a period's listings.
  '上半年A股共有62家公司首发上市，合计募资约480亿元。',
  // rumour: talk spread again.
  '市场再传顺达物流与远洋快运将合并的消息，两家公司股价午后双双拉升。',
  // no name, and no listing: a market value since the IPO, a listing withdrawn.
  '港股上市满一年后，新式茶饮品牌茶颜悦容的市值较IPO时已蒸发近七成。',
  // an arm the sentence does not name is funded, not its parent.
  '新茶饮品牌「霸王茶姬」旗下供应链公司获得战略投资，投资方未披露。',
  // rumour: a reply after "；" still reaches back.
  '云栖科技已完成5亿元C轮融资；云栖科技方面对此不予置评。',
  // review: the deal itself still under review in its clause.
  '21世纪经济报道记者获悉，吉利汽车对极星汽车的收购已进入反垄断审查阶段，交易最终能否完成仍取决于欧盟委员会的审查结果。',
  // product: a car on sale.
  '小鹏汽车新款车型今日正式上市，售价15.98万元起。',
];

const DEALS: [string, string[]][] = [
  // recalled: the round inside 继…后 is background; the one reported stays.
  ['固态电池初创企业锂晶科技宣布获得广汽资本数亿元战略投资。这是锂晶科技继去年完成A轮融资后的又一笔融资。', ['funding|锂晶科技']],
  // bonds: the proceeds of a bond are no listing.
  ['城建发展已于3月25日成功发行2025年度第一期公司债券，发行规模15亿元，募集资金将用于偿还到期债务。', ['debt|城建发展']],
  // matter, done: a matter said to be done is a deal.
  ['华岳矿业公告，公司发行股份购买赤峰金源矿业100%股权事项已完成标的资产过户。', ['acquisition|赤峰金源矿业']],
  // no name: 每股 is no company listing.
  ['今日，工业软件企业数维智联在上交所科创板挂牌上市，公司本次公开发行3000万股，每股发行价38元，募集资金总额11.4亿元。', ['ipo|数维智联']],
  // once, dated: a deal recalled with its year is a deal the paragraph reports.
  ['值得注意的是，此次并非双方首次合作。早在2021年，美团就曾以5亿美元战略投资理想汽车。', ['funding|Li Auto']],
  // once, then done between: a deal announced after 此前.
  ['华为智能汽车解决方案业务独立后的引望智能迎来两家车企股东。此前，长安汽车旗下阿维塔也宣布以115亿元受让华为所持引望10%股权。', ['stake-sale|引望']],
  // once, then done: a rumour recalled, then the deal done.
  ['此前市场传言的"中科光电收购瑞芯半导体"一事尘埃落定：中科光电今日公告，已以8.6亿元完成对瑞芯半导体100%股权的收购。', ['acquisition|瑞芯半导体']],
  // matter, done: a matter carried out (完毕) is a deal.
  ['中钢设备与中钢工程双双公告，中钢设备换股吸收合并中钢工程事项已实施完毕，中钢工程已终止上市。', ['merger|中钢工程']],
  // a round told as what qualifies a noun, when the sentence goes on to tell who led it.
  ['摩芯科技去年12月完成的C轮融资由国风投基金领投，投后估值约280亿元。', ['funding|摩芯科技']],
  // (not a merger: 纳入合并财报, consolidated into the accounts.)
  ['華新科技今日公告，以新台幣28.6億元取得馬來西亞電感廠Pentamaster Components 51%股權，交割程序已於昨日完成，該公司即日起納入合併財報。', ['stake-sale|Pentamaster Components']],
  // (names after a description closed by a dash, with accents, after a trade ending in 商.)
  ['第一财经记者获悉，两家地方农业龙头——丰禾农业与金穗种业已于近日完成合并，合并后的新公司定名为丰穗农业集团。', ['merger|丰禾农业']],
  ['界面新闻获悉，美妆集团逸仙控股已完成对法国护肤品牌Galénic的收购，交易金额未披露。', ['acquisition|Galénic']],
  ['《信報》報道，內地數據中心營運商雲聯數據今日在港交所主板上市，集資淨額約23.1億港元。', ['ipo|雲聯數據']],
  // (a short name run on by a trade word into another company's name; a name with 和 inside; a maker named as a works.)
  ['上证报记者获悉，申能股份吸收合并申能电力的工作已于近日实施完毕，申能电力依法注销。', ['merger|申能电力']],
  ['华康股份已完成收购嘉和科技60%股权。', ['stake-sale|嘉和科技']],
  ['伺服器機殼廠勤誠興業今日以每股新台幣88元掛牌上市，募資約新台幣17.6億元。', ['ipo|勤誠興業']],
  // (a follow-on offering after a listing funds the company; underwriters invest nothing.)
  ['小马智行已在纳斯达克完成第二次上市后的首次增发，募资2.8亿美元，由高盛和摩根大通担任承销商。', ['funding|Pony.ai']],
  // rumour: talk reported in another item of a roundup (after "；") leaves this item's round standing.
  ['【本周融资】医疗赛道：眼科AI公司「明视智能」完成8000万元A轮融资，投资方为高特佳投资；消费赛道：宠物医院连锁「新瑞鹏」据传正寻求新一轮融资。', ['funding|明视智能']],
  // done after the cue: a filing recalled before a listing today.
  ['去年递交招股书的云启医疗今日正式在港交所主板挂牌，募资11.6亿港元。', ['ipo|云启医疗']],
];

describe('Chinese not-a-deal cues', () => {
  for (const text of NO_DEAL) it(`no deal: ${text}`, () => expect(read(text)).toEqual([]));
  for (const [text, expected] of DEALS) it(`${expected.join(', ')}: ${text}`, () => expect(read(text)).toEqual(expected));
});
