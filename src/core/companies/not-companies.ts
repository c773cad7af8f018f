// Things that look like companies in deal news and are not, decided on purpose (issue 4, item 5).
//
//   products and models  "ChatGPT", "Ernie Bot", "GPT-4", "Qingyan", "WeChat": never a company, and a
//                        company name written as the first part of a product name is part of the
//                        product: "Google Gemini", "Alibaba Cloud Qwen", "Tencent Hunyuan", "百度文心一言"
//                        and "Baichuan 4" (a name and a model number) are not highlighted at all. The
//                        owner is highlighted when the text marks it as the owner: "Google’s Gemini",
//                        "OpenAI’s ChatGPT", "Gemini, made by Google".
//   people               "Wang Xiaochuan", "Kai-Fu Lee", "Elon Musk": never read as unknown companies
//                        (a Chinese surname first, a common given name first, a title, or a
//                        hyphenated given name). A person the data lists as a company cannot happen.
//   places               "Beijing", "Hong Kong", "Silicon Valley": never unknown companies on their
//                        own; they may open a legal name ("Hangzhou Municipal … Group Co.").
//   government bodies    ministries, commissions, administrations, councils, universities and
//                        institutes are never unknown companies. Entities the data holds (central
//                        banks, sovereign funds, exchanges) stay companies: the data decides those.
//   news sources         "Reuters", "Bloomberg", "Caixin" are never unknown companies, and a data
//                        entity written only as a source — a dateline "BEIJING (Reuters) -",
//                        "according to Bloomberg", "Bloomberg News reported" — is dropped.
//
// Word lists are lowercase and compared with the word lowercased; they are short on purpose and
// hold what deal news uses, not a dictionary.

import type { CompanyMention } from '../types';
import { isSpaceLike } from './char-class';
import { FORM_KINDS } from './legal-forms';
import { isLatinWordCode, isNameWord, wordStart } from './name-words';
import { insideNamedAfterCompany } from './longer-names';
import { remembered } from './remembered';
import { inShareChrome } from './page-chrome';
import { mayBeLanguageWord, namesGermanNoun, namesLanguageWord, pageLanguage } from './page-language';
import { CITED_SURNAME_AFTER, CITED_YEAR_AFTER, COMMON_GIVEN_NAMES } from './person-names';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Product and model names (lowercase). Multi-word products are listed by their full text. */
export const PRODUCT_NAMES = words(`
  chatgpt gpt gpt-3 gpt-3.5 gpt-4 gpt-4o gpt-4.5 gpt-5 o1 o3 sora dall-e gemini bard claude llama grok copilot
  ernie wenxin qwen tongyi hunyuan doubao kimi glm chatglm qingyan yuanbao pangu harmonyos kirin ascend
  wechat weixin qq alipay taobao tmall douyin talkie hailuo manus r1 v3 yi kling vidu cursor
  iphone ipad android windows azure bing youtube instagram whatsapp autopilot midjourney-v6 flux
  vision quest galaxy pixel surface xbox playstation kindle alexa macbook imac ipod airpods cybertruck
  mustang corolla camry prius golf passat model redmi su7 yu7 dreamliner silverado equinox ioniq clubcard
  hilux ranger polo tiguan swift nexon civic accord bronco fiesta tacoma tundra highlander yaris fortuner innova
  corvette wrangler altima outback forester elantra sportage sorento creta baleno brezza octavia clio megane thar
  chromebook thinkpad walkman bravia mac razr
`);

/**
 * Words that, right after a maker's name, make the name of one of its services or devices ("Google One",
 * "Apple Pay", "Amazon Prime", "Apple Watch", "Google News", "Google Play"): only there, not as a name's
 * first word ("One Equity Partners").
 */
const SERVICE_AFTER_MAKER = words('one pay prime maps music photos wallet assistant tv watch news play search translate intelligence navigator scholar docs drive chrome earth lens meet calendar sheets slides');

/** Products written as two words (lowercase, one space). */
export const PRODUCT_PHRASES = words('ernie_bot le_chat tongyi_qianwen wenxin_yiyan stable_diffusion deepseek-r1 deepseek-v3');

/** Chinese product names that attach directly to a company name ("百度文心一言"). */
const CJK_PRODUCTS = ['鸿蒙', '麒麟', '昇腾', '盘古', '文心一言', '文心', '通义千问', '通义', '混元', '豆包', '元宝', '微信', '支付宝', '淘宝', '天猫', '抖音', '智谱清言'];

/**
 * Lowercase words of the English names of every country and territory ("portugal", "south", "africa"
 * …), as the platform names them (Intl.DisplayNames, region; region-words.test.ts checks they are
 * all here). Written out: asking the platform when the module loads cost a cold background ~20 ms.
 */
export const REGION_WORDS = words(`
  afghanistan africa african albania algeria andorra angola antigua arab arabia argentina armenia australia
  austria azerbaijan bahamas bahrain bangladesh barbados barbuda belarus belgium belize benin bhutan bissau
  bolivia bosnia botswana brazil brazzaville brunei bulgaria burkina burma burundi cambodia cameroon canada cape
  central chad chile china colombia comoros congo costa croatia cuba cyprus czechia côte denmark djibouti
  dominica dominican d’ivoire ecuador egypt emirates equatorial eritrea estonia eswatini ethiopia faso fiji
  finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti herzegovina
  honduras hong hungary iceland india indonesia iran iraq ireland islands israel italy jamaica japan jordan
  kazakhstan kenya kingdom kinshasa kitts kong korea kuwait kyrgyzstan lanka laos latvia lebanon leone lesotho
  leste liberia libya liechtenstein lithuania lucia luxembourg macao macedonia madagascar malawi malaysia
  maldives mali malta marino mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique
  myanmar namibia nepal netherlands nevis new nicaragua niger nigeria north norway oman pakistan palestinian
  panama papua paraguay peru philippines poland portugal príncipe qatar republic rica romania russia rwanda
  salvador san sar saudi senegal serbia seychelles sierra singapore slovakia slovenia solomon somalia south
  spain sri states sudan suriname sweden switzerland syria são taiwan tajikistan tanzania territories thailand
  timor tobago togo tomé tonga trinidad tunisia turkmenistan türkiye uganda ukraine united uruguay uzbekistan
  venezuela verde vietnam yemen zambia zealand zimbabwe
`);

/** Places (lowercase words): countries (REGION_WORDS), regions, cities and the demonyms news uses. */
export const PLACE_WORDS = new Set([
  ...REGION_WORDS,
  ...words(`
  china chinese mainland beijing shanghai shenzhen hangzhou guangzhou guangdong zhejiang jiangsu suzhou nanjing
  wuhan chengdu chongqing tianjin hefei xian anhui hubei hunan sichuan shandong fujian xiamen qingdao dongguan
  hong kong macau taiwan taipei singapore japan tokyo osaka korea seoul busan india bengaluru bangalore mumbai
  delhi chennai hyderabad pune asia europe africa america americas oceania pacific atlantic arctic gulf middle
  east west north south central eastern western northern southern latin nordic baltic balkan scandinavia
  southeast northeast southwest northwest south-east north-east south-west north-west sub-saharan
  paris london berlin munich frankfurt hamburg milan rome madrid barcelona lisbon amsterdam rotterdam brussels
  zurich geneva vienna stockholm oslo copenhagen helsinki dublin warsaw prague budapest athens istanbul moscow
  kyiv dubai riyadh doha cairo lagos nairobi johannesburg cape town sydney melbourne brisbane perth auckland
  wellington toronto vancouver montreal calgary ottawa washington new york san francisco los angeles chicago
  boston seattle houston dallas austin miami atlanta denver detroit cleveland pittsburgh philadelphia minneapolis silicon valley california texas florida
  abu dhabi saudi arabia tel aviv jakarta bangkok manila hanoi ho chi minh kuala lumpur wan chai kowloon
  central causeway bay mongkok lujiazui pudong wall street city canary wharf mexico sao paulo rio de janeiro
  buenos aires santiago bogota lima uk u.k. us u.s. usa united states britain england scotland wales
  american european asian african chinese japanese korean indian french german british english israeli
  singaporean taiwanese emirati saudi qatari kuwaiti turkish russian ukrainian polish czech hungarian austrian
  swiss italian spanish portuguese dutch belgian danish swedish norwegian finnish irish greek brazilian
  mexican argentine argentinian chilean colombian peruvian canadian australian zealander vietnamese thai
  malaysian indonesian filipino pakistani bangladeshi egyptian nigerian kenyan south-african moroccan
  scandinavian nordic latin-american hongkong hongkonger
  birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester coventry bradford
  worcester kidderminster wolverhampton stoke derby hull sunderland middlesbrough preston bolton blackburn
  southampton portsmouth plymouth exeter norwich ipswich cambridge oxford york lancaster carlisle swansea cardiff
  edinburgh glasgow aberdeen dundee inverness belfast derry yorkshire lancashire cheshire devon cornwall kent
  essex sussex surrey somerset dorset norfolk suffolk shropshire staffordshire worcestershire warwickshire
  gloucestershire herefordshire cumbria northumberland durham teesside tyneside merseyside midlands
  ontario quebec alberta manitoba saskatchewan nova scotia winnipeg edmonton halifax regina saskatoon
  queensland victoria tasmania adelaide canberra darwin hobart gold coast newcastle
  ohio michigan illinois indiana iowa missouri nebraska minnesota wisconsin kentucky tennessee georgia
  alabama mississippi louisiana arkansas oklahoma colorado arizona nevada utah oregon idaho montana wyoming
  carolina virginia maryland delaware jersey pennsylvania massachusetts connecticut vermont maine hampshire
  baltimore cincinnati columbus milwaukee nashville memphis charlotte raleigh tampa orlando phoenix tucson
  lincoln sacramento portland omaha tulsa louisville indianapolis st. louis salt lake honolulu anchorage
  lyon marseille toulouse bordeaux lille nice turin naples florence venice genoa bologna seville valencia
  bilbao porto cologne düsseldorf dusseldorf stuttgart dresden leipzig hanover bremen nuremberg antwerp ghent
  rotterdam utrecht eindhoven gothenburg malmo bergen krakow gdansk bucharest sofia belgrade zagreb ljubljana
  bratislava tallinn riga vilnius minsk ankara izmir
  aichi osaka kyoto kobe nagoya yokohama fukuoka sapporo hokkaido kyushu okinawa incheon daegu gwangju
  kolkata ahmedabad jaipur lucknow surat kochi gujarat maharashtra karnataka kerala tamil nadu punjab bengal
  karachi lahore dhaka colombo kathmandu yangon phnom penh
  `),
]);

/** Words that describe rather than name: a name made of these alone is not a company ("Venture Capital"). */
export const GENERIC_WORDS = words(`
  artificial intelligence generative venture ventures capital private equity human working information
  technology technologies tech financial finance digital global international national state public industrial
  industry investment investments strategic growth open new big data cloud computing machine learning research
  development innovation science sciences smart future frontier advanced responsible enterprise consumer
  series angel seed round funding fund funds group holdings holding partners labs ai asset assets management
  municipal construction city provincial semiconductor semiconductors robotics chip chips mobile internet
  network networks software energy electric power health medical communications physical embodied agentic
  conversational sovereign multimodal applied general domestic foreign homegrown
  large language model models vision security securities capital-intensive auto motors
  services service solutions systems tweet tweets retweet podcast podcasts newsletter video videos
  advertisement advertisements advertising sponsored
  virtual assistant assistants chatbot chatbots
`);

/** Words that open a sentence or phrase but never a name; stripped from the start of a candidate. */
export const LEADING_STOP_WORDS = words(`
  the a an this that these those its their his her our my your in on at by for from with and or but as of to
  copyright ©
  after before while when since if though although because during under over about between into through
  american european japanese korean indian french german british israeli singaporean taiwanese emirati
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  shares investors startup start-up analysts according said says ceo cfo cto coo chief founder co-founder
  chairman chairwoman president executive director partner managing senior vice head mr ms mrs dr professor
  prof sir both all other several some many most each every only even also including like such
  it we they he she there here then now yet still last next first second third
  today yesterday tomorrow what why how where which who whom whose later earlier meanwhile instead
  despite visit improve understand subscribe download more
  die der das dem des ein eine einer einem eines einen schweizer diese dieser dieses diesem diesen jene jener
`);

/** Titles that mark a person, anywhere in a candidate. */
const PERSON_TITLES = words('mr mr. ms ms. mrs dr dr. prof sir ceo cfo cto chief founder co-founder chairman chairwoman president minister premier mayor governor senator chancellor king queen prince princess sheikh emir judge representative congressman congresswoman gov gov. sen sen. rep rep. gen gen. lt col');

/** Common Chinese surnames in pinyin (lowercase): "Wang Xiaochuan", "Zhou Hongyi". */
const CHINESE_SURNAMES = words(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
  han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lei
  fan fang shi jin dai xia qian kong bai zhong mao qiu lai wen yan lee chan wong cheung leung lam ng
`);

/** Common given names (lowercase) of people deal news quotes: "Elon Musk", "Sam Altman". */
export const GIVEN_NAMES = words(`
  john peter pat patrick henry harry walter frank elon sam jack robin mark jensen satya sundar bill jeff larry sergey tim masayoshi reid marc ben
  michael david james robert william richard thomas daniel paul steven steve andrew kevin brian george edward
  jason ryan eric gary scott chris christopher matthew anthony joseph charles mary jennifer linda elizabeth
  susan sarah karen lisa nancy emma anna alex alexander mira ilya dario daniela demis mustafa arthur joe jim
  tom jane kathy cathie vinod josh alexandr lei jun pony neil adam jan pedro jose joao maria carlos luis juan
  antonio manuel francisco miguel ana sofia hans klaus wolfgang jurgen stefan olaf friedrich pierre jean marie
  francois emmanuel giorgia mario matteo sergio luca marco giuseppe harrison kamala donald
  rishi keir boris theresa angela olaf narendra xi li shinzo fumio yoon lula javier gabriel
  silvio carlo gianni romano helmut gerhard jacques alain lionel felipe tony kenneth thabo viktor yasser benjamin shimon yitzhak ryutaro wendell harold
  margaret stanley anne ruth helen lorna fiona laura katrin priya ian dan sally judith barbara patricia dorothy joan jean
  graham nigel colin derek malcolm trevor keith roger geoffrey clive alan alastair duncan hamish
`);

/**
 * Given names of anyone a page may name (person-names.ts' wider table too), for a data name right after one
 * ("Holly Baxter", "Melissa Santos"). A cue's guess is judged by GIVEN_NAMES alone: companies are named after
 * their founders ("a dealer at Rudolf Wolff", "Alfred Berg"), and the cue says company.
 */
const ANY_GIVEN_NAME = (word: string): boolean => GIVEN_NAMES.has(word) || COMMON_GIVEN_NAMES.has(word);

/**
 * "Zachary Quinto, Zoe Saldana, Simon Pegg", "Joel Eriksson Ek": two or three plain name words opening with a given name
 * of the wider table. For a weak cue's guess (a list, "along with"), which says less than "a dealer at Rudolf Wolff".
 */
export function looksLikeAnyPerson(names: readonly string[]): boolean {
  return (
    names.length >= 2 &&
    names.length <= 3 &&
    ANY_GIVEN_NAME(names[0]!.toLowerCase()) &&
    names.every((w) => /^[A-Z][a-z'’-]+$/.test(w) && !GENERIC_WORDS.has(w.toLowerCase()) && !FORM_KINDS.has(w))
  );
}

/** Heads of government bodies, regulators and academic institutions (lowercase). */
const GOVERNMENT_WORDS = words(`
  ministry commission administration council department bureau agency government parliament congress senate
  court regulator office committee federal university institute academy college school laboratory party army
  police customs treasury reserve embassy consulate municipality authority monetary wildlife
  tribunal federation confederation association bundesbank riksbank labour
  ministries agencies institutes universities academies laboratories councils
  fdic sec ftc fcc faa fda epa cfpb finra chiefs
`);

/**
 * Heads of non-profit bodies: a name ending in one is no company ("the Getty Foundation", "the British
 * Museum"), whatever legal form follows ("Wikimedia Foundation, Inc.").
 */
export const NONPROFIT_HEADS = words(`
  foundation association society institute institution university college academy federation museum charity
  church cathedral hospital orchestra
`);

/** News organisations (lowercase full names) that deal news cites as its source. */
export const NEWS_SOURCES = words(`
  reuters bloomberg bloomberg_news xinhua caixin afp ap associated_press cnbc financial_times ft the_information
  techcrunch 36kr latepost nikkei nikkei_asia south_china_morning_post scmp wall_street_journal wsj jiemian yicai
  securities_times the_paper dow_jones new_york_times cctv global_times china_daily the_verge axios semafor
  pitchbook crunchbase it_juzi itjuzi qichacha tianyancha
`);

/** Lowercase key of a multi-word phrase for the phrase sets above ("Bloomberg News" → "bloomberg_news"). */
export function phraseKey(text: string): string {
  let key = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceLike(code)) {
      space = key.length > 0;
      continue;
    }
    if (space) key += '_';
    space = false;
    key += text[i];
  }
  return key.toLowerCase();
}

/** Sports leagues and governing bodies that pages name in their menus and stories (phrase keys, lowercase). */
const SPORTS_LEAGUES = words(`
  mlb nfl nba nhl wnba mls ncaa nascar uefa fifa ufc pga lpga atp wta ioc major_league_baseball national_football_league
  national_basketball_association national_hockey_league premier_league la_liga serie_a bundesliga
`);

/** Followers of a faith, an ideology or a party (lowercase), never a company's name alone. */
const FOLLOWER_WORDS = words(`
  islamist islamists jihadist jihadists muslim muslims christian christians catholic catholics protestant protestants
  jewish jews hindu hindus buddhist buddhists sikh sikhs sunni sunnis shia shiite shiites maoist maoists marxist
  marxists communist communists socialist socialists republican republicans democrat democrats conservative
  conservatives liberal liberals tory tories loyalist loyalists nationalist nationalists separatist separatists
`);
/** The last word of a place's name by its kind ("Times Square", "Central Business District"). */
const PLACE_KIND_LAST = words('square street avenue boulevard district zone territory territories province provinces county constitution anthem anthems');
/** The first word of a body's name that is no company ("Museum of Neon Art", "Project Jonah"; not "Foundation": Foundation Medicine). */
const INSTITUTION_FIRST = words('museum university college institute school hospital society church project');
/** Universities the news names by one word ("an economist at Harvard"). */
const UNIVERSITIES = words('harvard stanford yale princeton oxford cambridge berkeley mit caltech insead wharton tsinghua');
/** The first word of a place's name by its kind ("Boulevard Montmartre", "Rue de Rivoli"). */
const PLACE_KIND_FIRST = words('boulevard avenue rue via calle plaza');

/** Why a run of name words (as written) is not a company, or undefined if nothing speaks against it. */
export function notCompanyReason(names: readonly string[]): string | undefined {
  return reasonByName(names.join(' '));
}

/** A page names the same candidates again and again: each is judged once. */
const reasonByName = remembered((key) => reasonOf(key === '' ? [] : key.split(' ')));

function reasonOf(names: readonly string[]): string | undefined {
  if (names.length === 0) return 'empty';
  const lower = names.map((w) => w.toLowerCase());
  const phrase = lower.join('_');
  if (NEWS_SOURCES.has(phrase)) return 'news source';
  if (SPORTS_LEAGUES.has(phrase)) return 'sports league';
  // "buy Treasuries at debt auctions": government bonds by their market names.
  if (names.length === 1 && /^(?:treasuries|gilts|bunds|munis|jgbs|btps|oats|t-bills|t-bonds)$/.test(lower[0]!)) return 'securities';
  // "Series A", "Round B", "Tranche C": a round, not a company.
  if (/^(?:series|round|tranche|pre-series)$/.test(lower[0]!) && names.length <= 2) return 'round';
  if (PRODUCT_NAMES.has(lower[0]!) || PRODUCT_PHRASES.has(phrase) || PRODUCT_PHRASES.has(`${lower[0]}_${lower[1] ?? ''}`)) return 'product';
  if (lower.some((w) => GOVERNMENT_WORDS.has(w)) || NONPROFIT_HEADS.has(lower[lower.length - 1]!)) return 'government or institution';
  // "Advanced Manufacturing Research Centre": a research centre is an institution.
  if (/_research_(?:centre|center)s?$/.test(phrase)) return 'government or institution';
  // "Securities and Investments Board"; a pension or investment board is an investor ("CPP Investment Board").
  if (lower.includes('board') && !lower.some((w) => w === 'pension' || w === 'investment')) return 'government or institution';
  // "Bank of England", "Bank of Japan": a bank of a country the data does not hold is its central bank
  // (the commercial ones, "Bank of China", "Bank of Ireland", are in the data and never get here).
  if (lower[0] === 'bank' && lower[1] === 'of' && lower.length > 2 && lower.slice(2).every((w) => REGION_WORDS.has(w) || w === 'england')) return 'central bank';
  // "Islamists", "Sunni": a faith, an ideology or a party's followers.
  if (names.length === 1 && FOLLOWER_WORDS.has(lower[0]!)) return 'people';
  // "Times Square", "Boulevard Montmartre", "Exclusive Economic Zone": a place by its kind.
  // (A place's kind alone is no place: "Square" is the payments company's name.)
  if ((names.length > 1 && (PLACE_KIND_LAST.has(lower[lower.length - 1]!) || PLACE_KIND_FIRST.has(lower[0]!))) || (names.length === 1 && /^(?:constitution|anthems?)$/.test(lower[0]!))) return 'place';
  // "Museum of Neon Art", "Project Jonah"; "Harvard", "Stanford" alone.
  if ((names.length > 1 && INSTITUTION_FIRST.has(lower[0]!)) || (names.length === 1 && UNIVERSITIES.has(lower[0]!))) return 'government or institution';
  if (lower.some((w) => PERSON_TITLES.has(w))) return 'person';
  if (looksLikePerson(names, lower)) return 'person';
  if (lower.every((w) => PLACE_WORDS.has(w))) return 'place';
  // "Leeds United", "Harbour Rovers", "Kingsbridge Athletic": a place and a club's word name a club.
  if (names.length >= 2 && CLUB_LAST_WORDS.has(lower[lower.length - 1]!)) return 'club';
  // "Real Madrid", "Real Sociedad": a club, by its royal title before its city.
  if (names.length === 2 && lower[0] === 'real' && PLACE_WORDS.has(lower[1]!)) return 'club';
  // "the Davis Cup by Rakuten", "the Booker Prize": an event or an award by its last word.
  if (names.length >= 2 && EVENT_LAST_WORDS.has(lower[lower.length - 1]!)) return 'event';
  if (lower.every((w) => GENERIC_WORDS.has(w) || PLACE_WORDS.has(w) || w === 'of' || w === '&')) return 'generic words';
  return undefined;
}

/** Words that close the name of a contest or an award, never a company's ("Davis Cup", "Booker Prize", "Ryder Cup"). */
const EVENT_LAST_WORDS = words('cup trophy championship championships prize award awards festival olympics marathon');

/** Words that close the name of a football or rugby club, never a company's ("Leeds United", "Bristol Rovers"). */
const CLUB_LAST_WORDS = words('united rovers wanderers athletic albion hotspur rangers argyle');

function looksLikePerson(names: readonly string[], lower: readonly string[]): boolean {
  if (names.length < 2 || names.length > 3) return false;
  // "Li Auto Group", "Ma Capital": a generic or corporate word makes it a company name.
  if (lower.some((w) => GENERIC_WORDS.has(w))) return false;
  if (GIVEN_NAMES.has(lower[0]!)) return true;
  // "Kai-Fu Lee", "Hong-Jiang Zhang": a hyphenated pair of capitalised syllables is a given name.
  if (/^[A-Z][a-z]+-[A-Z]?[a-z]+$/.test(names[0]!)) return true;
  // "Wang Xiaochuan", "Zhou Hongyi": a surname, then one or two capitalised syllable words.
  return CHINESE_SURNAMES.has(lower[0]!) && names.slice(1).every((w) => /^[A-Z][a-z]+(-[a-z]+)?$/.test(w));
}

// --- Mentions that the data finds but the context says are not companies -----------------------

const CITATION_BEFORE = /(?:according to|told|reported by|cited by|citing)\s+(?:the\s+)?$/;
const CITATION_AFTER = /^(?:\s+News)?(?:\s+(?:reported|reports|said,? citing|cited)|\)\s*(?:-|–|—|--))/;
// "BEIJING (Reuters) -", "SHANGHAI, March 5 (Bloomberg) --": capitals, an optional date, a source in
// brackets, a dash. Tested on the start of a line only.
const DATELINE = /^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([^()\n]{2,40}\)\s*(?:-|–|—|--)/;
const MODEL_NUMBER =
  /^\s\d{1,3}(?:\.\d)?(?!\d|\.\d|,|%|\s*(?:billion|million|trillion|bn|mn|percent|per cent|years?|months?|weeks?|days?|hours?|%|yuan|dollars?|euros?|yen|won|marks|pfennigs?|francs|centimes|rand|guilders|crowns|kronor|lire|pesetas|pesos|pence|p\b|cents?|shares?|people|employees|staff|workers|jobs|stores|shops|customers|users|cities|countries|times|points?|to\b|and\b|or\b|of\b))/;
/** An airline's name: it writes the aircraft it flies after it ("ValuJet DC-9"). */
const AIRLINE_NAME = /(?:Air|Airlines?|Airways|Jet|jet|Aviation|TWA)$/;
/** A model code after a maker's name: "Airbus A321neo", "Nvidia H100", "Boeing 787-9". */
const MODEL_CODE = /^[A-Z]{1,2}\d{2,4}[a-z]*$|^[A-Z]{2,4}\d{1,2}$/;
/** A hyphenated model code: "Honda CR-V", "Mazda CX-5", "Ford F-150", "Ford F-Series", "Mercedes-Benz E-Class". */
const HYPHEN_MODEL_CODE = /^[A-Z]{1,3}-(?:[A-Z]{1,2}|\d{1,3})$|^[A-Z]-[A-Z][a-z]+$/;
/** After a Chinese company name, the rest of the name of a building, venue or team named after it ("梅赛德斯-奔驰文化中心"). */
/** After a Chinese name, an index or a fund's product named after it ("恒生科技指数", "易方达创业板ETF"). */
// (Not across a particle, a conjunction or a verb: "恒生银行旗下的恒生指数公司" is the bank, then the index's
// compiler; "恒生银行是恒生指数成份股" is the bank, a member of the index.)
// ("its Westmoor Gold lager", "4,100 Corvane Terra SUVs": a product named after its maker, before the kind of product.)
const BRAND_AFTER = /^ [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)? (?:brand|brands|range|label|lagers?|beers?|ales?|ciders?|whisk(?:e)?y|vodka|gin|wines?|SUVs?|sedans?|saloons?|hatchbacks?|pickups?|trucks?|smartphones?|phones?|handsets?|laptops?|tablets?|consoles?|earbuds|headphones|vaccines?|drugs?|pills?|creams?|soaps?|shampoos?|cereals?|crisps|biscuits|chocolates?|yogh?urts?)\b/u;
const DEALER_STORE_FIRST = '和与及、4专经品体授';
const DEALER_STORE_AFTER = /^(?:[和与及、][\u4e00-\u9fffA-Za-z]{1,6}?){0,3}(?:4S店|专卖店|经销店|品牌店|体验店|授权店)/;
const CJK_PRODUCT_AFTER = /^(?:(?!的|旗下|和|与|及|、|是|为|在|被|将|对|从|入选|纳入|跻身)[\u4e00-\u9fffA-Za-z0-9]){0,6}?(?:指数|ETF|LOF)/;
/** After a rail operator's name, a line it runs, named by the line's place and 线, then what a line has ("港铁东涌线延线工程"). */
const CJK_LINE_AFTER = /^[\u4e00-\u9fff]{2,3}线(?:延线|延伸|支线|沿线|列车|车站|站|通车|开通|工程|段)/;
/** After a name that opens a quote, the rest of a vessel's name, the closing quote and 轮 or 号 (a ship, a rocket). */
const QUOTED_VESSEL_REST = /^[\u4e00-\u9fff]{1,10}[”"」』](?:轮|号)/;
const OPEN_QUOTES = '“"「『';
const CJK_VENUE_AFTER = /^(?:文化中心|体育中心|会展中心|中心|体育场|体育馆|球场|大厦|广场|大剧院|剧院|足球俱乐部|俱乐部|足球队|篮球队|球队)/;

/** The label of a page's row of tags or topics. */
const TAG_ROW = /^(?:Topics|Tags|Related topics|More on|Filed under|Keywords|Companies)\s*:/i;

/** Index of the start of the line containing `pos`, looking back at most `limit` characters (-1 beyond). */
function lineStart(text: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= 0 && pos - i <= limit; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return i + 1;
  }
  return pos <= limit ? 0 : -1;
}

function inDateline(text: string, m: CompanyMention): boolean {
  const start = lineStart(text, m.start, 60);
  if (start < 0) return false;
  // Cheap gate: a dateline opens with two capitals ("BEIJING", "SAN FRANCISCO").
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (!(a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a)) return false;
  const match = DATELINE.exec(text.slice(start, start + 90));
  return match !== null && m.start < start + match[0].length;
}

// Whether a mention's text names a news source, by text (a page repeats the same few names).
const sourceByText = remembered((text) => NEWS_SOURCES.has(phraseKey(text)));

function namesNewsSource(m: CompanyMention): boolean {
  return sourceByText(m.text) || sourceByText(m.name);
}

/**
 * "新浪财经讯", "腾讯科技讯", "据网易新闻报道": a Chinese portal's name before its channel and 讯 (the report's
 * opening byline) or inside 据…报道 is the news source, not a company of the story.
 */
const CJK_SOURCE_AFTER = /^(?:财经|科技|新闻|证券|汽车|网)?讯|^(?:财经|科技|新闻|网)(?:报道|消息)/;

function isCjkCitedSource(text: string, m: CompanyMention): boolean {
  const next = text.charCodeAt(m.end);
  // Cheap gate: 讯, or the first character of a channel's name.
  if (next !== 0x8baf && next !== 0x8d22 && next !== 0x79d1 && next !== 0x65b0 && next !== 0x8bc1 && next !== 0x6c7d && next !== 0x7f51) return false;
  return /[\u4e00-\u9fff]$/.test(m.text) && CJK_SOURCE_AFTER.test(text.slice(m.end, m.end + 5));
}

function isCitedSource(text: string, m: CompanyMention): boolean {
  if (isCjkCitedSource(text, m)) return true;
  if (!namesNewsSource(m)) return false;
  if (text.charCodeAt(m.start - 1) === 0x28) return true; // "(Reuters)"
  return CITATION_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || CITATION_AFTER.test(text.slice(m.end, m.end + 24));
}

/** "Google Gemini", "Baichuan 4", "百度文心一言": the company name opens a product name. */
function opensProductName(text: string, m: CompanyMention): boolean {
  const next = text.charCodeAt(m.end);
  // "Disney+", "Paramount+", "Apple TV+": a streaming product, not the company.
  if (next === 0x2b && !isLatinWordCode(text.charCodeAt(m.end + 1))) return true;
  // "i茅台": a Latin letter stuck before a Chinese name makes an app's name.
  if (/^[\u4e00-\u9fff]/.test(m.text) && /[a-z]/.test(text[m.start - 1] ?? '')) return true;
  // "小米YU7", "理想L9": a Chinese name before a model code.
  if (/^[\u4e00-\u9fff]/.test(m.text) && /^[A-Za-z]{1,4}\d/.test(text.slice(m.end, m.end + 6))) return true;
  if (/[\u4e00-\u9fff]$/.test(m.text) && CJK_PRODUCT_AFTER.test(text.slice(m.end, m.end + 10))) return true;
  // "旗下奔驰和宝马4S店": a car brand a dealer sells, before its showroom (and the brands listed with it).
  if (DEALER_STORE_FIRST.includes(text[m.end] ?? '') && /[\u4e00-\u9fff]$/.test(m.text) && DEALER_STORE_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  // "a ValuJet DC-9", "a TWA 747": an airline flies another maker's model; the airline stays.
  if (AIRLINE_NAME.test(m.text)) return false;
  if (next >= 0x3400) {
    for (const p of CJK_PRODUCTS) if (text.startsWith(p, m.end)) return true;
    // "“中远海运室女座”轮": a ship named after its owner, in quotes before 轮 or 号.
    if (OPEN_QUOTES.includes(text[m.start - 1] ?? '') && QUOTED_VESSEL_REST.test(text.slice(m.end, m.end + 16))) return true;
    return CJK_VENUE_AFTER.test(text.slice(m.end, m.end + 6)) || CJK_LINE_AFTER.test(text.slice(m.end, m.end + 8));
  }
  if (!isSpaceLike(next)) return false;
  let s = m.end + 1;
  while (s < text.length && isSpaceLike(text.charCodeAt(s))) s++;
  const first = text.charCodeAt(s);
  if (first >= 0x30 && first <= 0x39) return MODEL_NUMBER.test(text.slice(m.end, m.end + 24));
  // Products are proper nouns: "Google Gemini" yes, "Google gemini" (a typo or a word) no; "Apple iPhone" is one too.
  if (!(first >= 0x41 && first <= 0x5a) && !(first === 0x69 && text.charCodeAt(s + 1) >= 0x41 && text.charCodeAt(s + 1) <= 0x5a)) return false;
  let e = s;
  while (e < text.length && (isLatinWordCode(text.charCodeAt(e)) || ((text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x2e) && isLatinWordCode(text.charCodeAt(e + 1))))) e++;
  const written = text.slice(s, e);
  const word = written.toLowerCase();
  // "its Tollgate Farmhouse brand": the company's name and a capitalised word or two before "brand" or "range".
  if (BRAND_AFTER.test(text.slice(m.end, m.end + 48))) return true;
  return PRODUCT_NAMES.has(word) || PRODUCT_NAMES.has(word.replace(/-.*$/, '')) || SERVICE_AFTER_MAKER.has(word) || MODEL_CODE.test(written.replace(/-.*$/, '')) || HYPHEN_MODEL_CODE.test(written);
}

/**
 * Words that, right after a company name, make a longer name of something else: an index ("Nasdaq
 * Composite", "KBW Nasdaq Bank Index"), a venue ("Allianz Arena"), a club named after its sponsor
 * ("Bayer Leverkusen", "Red Bull Salzburg"), a prize or a building.
 */
const NOT_COMPANY_HEADS = words(`
  index indices average averages composite arena stadium stadion centre center park field dome cup open championship championships
  trophy prize award awards foundation institute university museum hall tower building plaza place station airport hotel store
  bridge forum school college hospital clinic library theatre theater gallery leverkusen salzburg eindhoven leipzig jena
  team rally race regatta marathon classic masters racing summit conference festival expo week
  restaurant grill cafe café bistro diner tavern bakery
`);

/** Small words inside the name of a public body: "Competition and Markets Authority", "Office for Budget Responsibility". */
const BODY_CONNECTORS = ['and ', 'of ', 'for ', '& '];

/** "Hong Kong's Hang Seng index", "the Nikkei share average": an index written with its word in lower case. */
const INDEX_AFTER = /^ (?:index|indices|share average|stock index|composite index)\b/;

function opensLongerName(text: string, m: CompanyMention): boolean {
  if (!isSpaceLike(text.charCodeAt(m.end))) return false;
  if (text.charCodeAt(m.end + 1) === 0x69 || text.charCodeAt(m.end + 1) === 0x73 || text.charCodeAt(m.end + 1) === 0x63) {
    if (INDEX_AFTER.test(text.slice(m.end, m.end + 22))) return true; // i, s, c
  }
  // The word right after, and up to three more capitalised words: "KBW Nasdaq Bank Index"; or a
  // public body's name joined by small words: "Competition and Markets Authority".
  let at = m.end;
  let joined = false;
  for (let k = 0; k < 4; k++) {
    let s = at;
    while (s < text.length && text.charCodeAt(s) === 0x20) s++;
    if (s === at) return false;
    const first = text.charCodeAt(s);
    if (!(first >= 0x41 && first <= 0x5a)) {
      // Only "and", "of", "for", "&" go on in lower case; "the" too inside the name of an event
      // ("Whitbread Round the World Race"), which must then end in a head word.
      const connector = k < 3 ? BODY_CONNECTORS.find((w) => text.startsWith(w, s)) : undefined;
      if (connector === undefined) {
        if (joined || k === 0 || k >= 3 || !text.startsWith('the ', s)) return false;
        at = s + 3;
        continue;
      }
      joined = true;
      at = s + connector.length - 1;
      continue;
    }
    let e = s;
    while (e < text.length && isLatinWordCode(text.charCodeAt(e))) e++;
    const word = text.slice(s, e).toLowerCase();
    if ((!joined && NOT_COMPANY_HEADS.has(word)) || (joined && GOVERNMENT_WORDS.has(word))) return true;
    at = e;
  }
  return false;
}

/** Honorifics: the one-word name right after one is a person ("Lord Hanson", "Mr Ferrari"). */
const HONORIFICS = words('mr mrs ms dr sir lord lady dame baron baroness madame monsieur herr signor');

function afterHonorific(text: string, m: CompanyMention): boolean {
  const word = shortCapitalisedWordBefore(text, m.start);
  return word !== '' && !m.text.includes(' ') && HONORIFICS.has(word);
}

/** The capitalised word right before `start` (one space between), or '' if there is none. */
function capitalisedWordBefore(text: string, start: number): string {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return '';
  let s = start - 1;
  while (s > 0 && isLatinWordCode(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, start - 1);
  return /^[A-Z][a-z]/.test(word) ? word : '';
}

/** Capitalised words that open the name of a public body around a bank's name ("Reserve Bank of India", "Central Bank of …"). */
const PUBLIC_BODY_OPENERS = words('reserve central federal national people’s people\'s');

/** Words that make a longer place name of a data name that opens with a place ("Western Sydney Airport", "Greater Manchester …"). */
const PLACE_NAME_OPENERS = words('western eastern northern southern north south east west greater upper lower central');

/** Words that open a place's name with any name after them: "Port Macquarie", "Lake Macquarie", "Mount Isa", "Fort Worth". */
const PLACE_KIND_OPENERS = words('port lake mount mt fort cape');

/**
 * "Western Sydney Airport" is not "Sydney Airport": a data name opening with a place, after a compass word.
 * "Port Macquarie" is not Macquarie: a one-word data name after a word that opens a place's name.
 */
function insideLongerPlaceName(text: string, m: CompanyMention): boolean {
  const before = shortCapitalisedWordBefore(text, m.start);
  // (After "Mt." only: "… to Cape. Apple said" ends a sentence.)
  if (PLACE_KIND_OPENERS.has(before) && !m.text.includes(' ') && (text.charCodeAt(m.start - 2) !== 0x2e || before === 'mt')) return true;
  if (!PLACE_NAME_OPENERS.has(before)) return false;
  const first = /^[A-Za-z]+/.exec(m.text)?.[0];
  return first !== undefined && PLACE_WORDS.has(first.toLowerCase());
}

/** "the Reserve Bank of India": a data name ("Bank of India") read inside the name of a central bank. */
function insidePublicBodyName(text: string, m: CompanyMention): boolean {
  return m.text.startsWith('Bank') && /^Bank\b/.test(m.text) && PUBLIC_BODY_OPENERS.has(shortCapitalisedWordBefore(text, m.start));
}

/**
 * The word before `start` (one space, or a full stop and a space: "Mr. "), in lower case, when it is
 * capitalised and short (titles, compass words); '' otherwise. Cheap: most mentions fail on the first tests.
 */
function shortCapitalisedWordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  let e = start - 1;
  if (text.charCodeAt(e - 1) === 0x2e) e--;
  let s = e;
  while (s > 0 && e - s < 10 && isLatinWordCode(text.charCodeAt(s - 1))) s--;
  const first = text.charCodeAt(s);
  if (s === e || !(first >= 0x41 && first <= 0x5a) || (s > 0 && isLatinWordCode(text.charCodeAt(s - 1)))) return '';
  return text.slice(s, e).toLowerCase();
}

/** The capitalised word right after `end` (one space between), or ''. */
function capitalisedWordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 0x20) return '';
  let e = end + 1;
  while (e < text.length && isLatinWordCode(text.charCodeAt(e))) e++;
  const word = text.slice(end + 1, e);
  return /^[A-Z][a-z]/.test(word) ? word : '';
}

/**
 * "Steinfeld Alpen Brauerei AG": a one-word data name with capitalised name words on both sides is
 * part of a longer name of another company, not that company.
 */
function insideLongerName(text: string, m: CompanyMention, corporate: (word: string) => boolean): boolean {
  // "Industrial Development Bank of India": "Bank of India" after a capitalised word ends another institution's name.
  if (m.text.startsWith('Bank of ')) {
    const word = capitalisedWordBefore(text, m.start);
    return word !== '' && !LEADING_STOP_WORDS.has(word.toLowerCase()) && !PERSON_TITLES.has(word.toLowerCase()) && !PLACE_WORDS.has(word.toLowerCase());
  }
  if (m.text.includes(' ') || text.charCodeAt(m.start) >= 0x3400) return false;
  const before = capitalisedWordBefore(text, m.start);
  const after = capitalisedWordAfter(text, m.end);
  if (!before || !after) return false;
  // "Topics: Nissan Greggs Sunderland Jobs": a page's row of tags is a list of one-word names, not one name.
  const line = lineStart(text, m.start, 120);
  if (line >= 0 && TAG_ROW.test(text.slice(line, line + 24))) return false;
  return !LEADING_STOP_WORDS.has(before.toLowerCase()) && !PERSON_TITLES.has(before.toLowerCase()) && !LEADING_STOP_WORDS.has(after.toLowerCase()) && !corporate(after);
}

/** "Dell, who founded …": a one-word name followed by "who" is a person (a company is "which"). */
function beforeWho(text: string, m: CompanyMention): boolean {
  const next = text.charCodeAt(m.end);
  return (next === 0x2c || next === 0x20) && !m.text.includes(' ') && /^,?\s+who\s/.test(text.slice(m.end, m.end + 7));
}

/**
 * "deforestation in the Amazon", "the Amazon basin", "drew at the Etihad": a one-word name after
 * "in/across/into/through/at the" that no business noun follows, or before a word of geography, is the place.
 */
// ("drew at the Etihad", "won at the Emirates": a ground named after its sponsor, in sport.)
const PLACE_BEFORE = /\b(?:in|across|into|through|throughout|at) the $/;
const GEOGRAPHY_AFTER = /^ (?:rainforests?|basin|river|region|jungle|delta|valley|coast|forest|estuary|highlands?)\b/;
const BUSINESS_AFTER = /^(?:’s|'s| (?:deal|unit|stake|shares?|stock|case|lawsuit|business|brand|store|stores|warehouse|offer|bid|board|platform|app|division|merger|acquisition|IPO|listing|group|founder|chief|boss|executive|model|service|services|account|cloud|marketplace|sellers?|workers?|employees?|staff|offices?|headquarters|campus|plants?|factory|factories|conference|event)\b)/;

/** "based in Kariya, Aichi, makes …": a one-word name after "based in <Town>, " that a comma or a full stop closes is the town's region. */
const TOWN_BEFORE = /\b(?:based|headquartered|located|situated|plant|factory|site|sites) (?:in|near|at|outside) [A-Z][a-z]+, $/;

/** "Headquarters: Marlow, Buckinghamshire": a one-word name before a comma and an English county or a region is the town. */
const COUNTY_AFTER = /^, (?:[A-Z][a-z]+shire|County [A-Z][a-z]+|[A-Z][a-z]+ County)(?=[,.;)\n]|$)/;

/**
 * "from Norfolk, Virginia", "north of Thunder Bay, Ontario", "Erie, Pa.": a name before a comma and a US state (in
 * full or as wires abbreviate it), a Canadian province or an Australian state is the town.
 */
const STATE_AFTER = new RegExp(
  '^, (?:' +
    [
      'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming',
      'New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Rhode_Island South_Carolina South_Dakota West_Virginia',
      'Ala\\. Ariz\\. Ark\\. Calif\\. Colo\\. Conn\\. Del\\. Fla\\. Ga\\. Ill\\. Ind\\. Kan\\. Ky\\. La\\. Md\\. Mass\\. Mich\\. Minn\\. Miss\\. Mo\\. Mont\\. Neb\\. Nev\\. N\\.H\\. N\\.J\\. N\\.M\\. N\\.Y\\. N\\.C\\. N\\.D\\. Okla\\. Ore\\. Pa\\. R\\.I\\. S\\.C\\. S\\.D\\. Tenn\\. Vt\\. Va\\. Wash\\. Wis\\. Wyo\\.',
      'Ontario Quebec Québec Alberta Saskatchewan Manitoba British_Columbia Nova_Scotia New_Brunswick Newfoundland',
      'Queensland Victoria Tasmania New_South_Wales Western_Australia South_Australia',
    ]
      .join(' ')
      .split(' ')
      .map((w) => w.replace(/_/g, ' '))
      .join('|') +
    ')(?=[,.;:)\\n]| [-–—(]|$)',
);

/** "north of Thunder Bay": a direction from a name makes it a place ("outside Deutsche Bank" may be its building). */
const NEAR_BEFORE = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest) of $/;

function namesRegionAfterTown(text: string, m: CompanyMention): boolean {
  if (text.charCodeAt(m.end) === 0x2c && STATE_AFTER.test(text.slice(m.end, m.end + 24))) return true;
  // (Cheap gate: "of " right before the name.)
  if (text.charCodeAt(m.start - 2) === 0x66 && text.charCodeAt(m.start - 3) === 0x6f && NEAR_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !BUSINESS_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  if (m.text.includes(' ')) return false;
  if (text.charCodeAt(m.end) === 0x2c && COUNTY_AFTER.test(text.slice(m.end, m.end + 24))) return true;
  if (text.charCodeAt(m.start - 2) !== 0x2c || !/^[,.;)]/.test(text[m.end] ?? '')) return false;
  return TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

function namesPlace(text: string, m: CompanyMention): boolean {
  if (namesRegionAfterTown(text, m)) return true;
  if (m.text.includes(' ') || text.charCodeAt(m.start - 1) !== 0x20 || text.charCodeAt(m.start - 2) !== 0x65) return false; // "the "
  const after = text.slice(m.end, m.end + 16);
  if (GEOGRAPHY_AFTER.test(after)) return true;
  return PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && !BUSINESS_AFTER.test(after) && !/^ [A-Z]/.test(after);
}

/**
 * "李宁创办的李宁有限公司": a short Chinese name (two or three characters, a person's length) that founds something is
 * the founder, though a company bears the name.
 */
function foundsCompany(text: string, m: CompanyMention): boolean {
  return text.charCodeAt(m.end) === 0x521b && m.end - m.start <= 3 && /^[\u4e00-\u9fff]+$/.test(m.text) && /^创(?:办|立|建)/.test(text.slice(m.end, m.end + 2)); // 创
}

/** "the Porsche and Piëch families", "the Walton family": a family, not its company. */
const FAMILY_AFTER = /^ (?:and [A-Z][\p{L}’'-]+ )?famil(?:y|ies)\b/u;

function namesFamily(text: string, m: CompanyMention): boolean {
  const c = text.charCodeAt(m.end + 1);
  return text.charCodeAt(m.end) === 0x20 && (c === 0x66 || c === 0x61) && !m.text.includes(' ') && FAMILY_AFTER.test(text.slice(m.end, m.end + 30)); // f, a
}

/**
 * A word a page links as a company's short form, right after another capitalised name word, is the
 * end of a longer name ("Chairman Roberto Castellani", "Ferdinand Porsche"), not the company.
 */
export function endsLongerName(text: string, start: number): boolean {
  const before = capitalisedWordBefore(text, start);
  return before !== '' && !LEADING_STOP_WORDS.has(before.toLowerCase()) && !PERSON_TITLES.has(before.toLowerCase()) && !PLACE_WORDS.has(before.toLowerCase());
}

/** "a Ferrari driver", "Ferrari team boss": a maker's name as a racing team, in sport. */
const TEAM_AFTER = /^ (?:drivers?|teammates?|team (?:boss|principal|orders|mate)|riders?)\b/;

/** "Rabobank, ONCE and Mapei riders": the first of a list of teams that ends in riders or drivers. */
const TEAM_LIST_AFTER = /^(?:,? (?:and )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?){1,5} (?:drivers|riders)\b/;

/** Words that open a racing team's name before its maker's or sponsor's: "Scuderia Ferrari". */
const TEAM_OPENERS = words('scuderia squadra equipe');

function namesRacingTeam(text: string, m: CompanyMention): boolean {
  if (m.text.includes(' ')) return false;
  if (text.charCodeAt(m.start - 1) === 0x20 && TEAM_OPENERS.has(shortCapitalisedWordBefore(text, m.start))) return true;
  const c = text.charCodeAt(m.end + 1);
  if (text.charCodeAt(m.end) === 0x20 && (c === 0x64 || c === 0x74 || c === 0x72) && TEAM_AFTER.test(text.slice(m.end, m.end + 16))) return true; // d, t, r
  return text.charCodeAt(m.end) === 0x2c && TEAM_LIST_AFTER.test(text.slice(m.end, m.end + 80));
}

/** "Pedro Nuno Santos", "Harrison Ford": a one-word data name closing a person's name. */
/** A person's title in lower case right before a name: "governor Yasuo Matsushita". */
const TITLE_BEFORE = /\b(?:governor|president|minister|chairman|chairwoman|secretary|senator|premier|mayor|director|commissioner|ambassador|spokesman|spokeswoman) $/;

/**
 * Given names that are also companies' names in our data, left out of the given-name tables so that the name alone
 * stays a company ("Leonardo", "Kelly", "Arvind"): before another name word they open a person's name ("Kelly
 * Clarkson", "Leonardo Mayer", "Chief Minister Arvind Kejriwal").
 */
const GIVEN_NAMES_OF_COMPANIES = words('kelly leonardo arvind otto douglas lloyd madison florence');

/** "Leonardo Mayer topped …": a one-word data name that is such a given name, before a capitalised word that may be a surname. */
function opensPersonName(text: string, m: CompanyMention): boolean {
  if (!GIVEN_NAMES_OF_COMPANIES.has(m.text.toLowerCase())) return false;
  const after = capitalisedWordAfter(text, m.end);
  const lower = after.toLowerCase();
  return after !== '' && /^[A-Z][a-z]{0,2}[A-Z]?[a-z]+$/.test(after) && !lower.endsWith('s') && !FORM_KINDS.has(after) && !GENERIC_WORDS.has(lower) && !PLACE_WORDS.has(lower) && !LEADING_STOP_WORDS.has(lower) && !PRODUCT_NAMES.has(lower);
}

function endsPersonName(text: string, m: CompanyMention): boolean {
  if (m.text.includes(' ') || text.charCodeAt(m.start) >= 0x3400) return false;
  const before = capitalisedWordBefore(text, m.start);
  if (!before || LEADING_STOP_WORDS.has(before.toLowerCase()) || PERSON_TITLES.has(before.toLowerCase())) return false;
  if (ANY_GIVEN_NAME(before.toLowerCase()) || GIVEN_NAMES_OF_COMPANIES.has(before.toLowerCase())) return true;
  // "governor Yasuo Matsushita", "Senator Wendell Ford": a title in either case, a name word, then the data name.
  if (TITLE_BEFORE.test(text.slice(Math.max(0, m.start - before.length - 14), m.start - before.length - 1))) return true;
  const earlier = capitalisedWordBefore(text, m.start - before.length - 1);
  if (earlier === '' || LEADING_STOP_WORDS.has(earlier.toLowerCase())) return false;
  // "Senator Wendell Ford": a title, a name word, then the data name.
  return ANY_GIVEN_NAME(earlier.toLowerCase()) || PERSON_TITLES.has(earlier.toLowerCase());
}

/** "fashion designer Ralph Lauren", "actor Harrison Ford": a name right after a noun for a person's trade is the person. */
const PERSON_NOUN_BEFORE = /\b(?:actor|actress|designer|singer|author|writer|novelist|artist|painter|architect|player|golfer|driver|rider|coach|striker|midfielder|defender|goalkeeper|batsman|bowler|boxer|sprinter|skier|swimmer|billionaire|tycoon|financier|entrepreneur|founder|co-founder) $/;

function afterPersonNoun(text: string, m: CompanyMention): boolean {
  return text.charCodeAt(m.start - 1) === 0x20 && /^[A-Z][a-z]+ [A-Z]/.test(m.text) && PERSON_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/** "Harold Ford Jr.", "Henry Ford II": a name before a generational suffix is a person's. */
const GENERATION_AFTER = /^,? (?:Jr|Sr)\b|^ (?:II|III|IV)\b/;

function beforeGeneration(text: string, m: CompanyMention): boolean {
  return !m.text.includes(' ') && capitalisedWordBefore(text, m.start) !== '' && GENERATION_AFTER.test(text.slice(m.end, m.end + 5));
}

/**
 * "Sauber-Ford", "Williams-Renault": a data name joined by a hyphen to a capitalised word before it
 * names a racing team or another compound, not the company; two companies joined ("Renault-Nissan")
 * are both kept (the one before the hyphen is a mention itself).
 */
function endsHyphenCompound(text: string, m: CompanyMention, ends: ReadonlySet<number>): boolean {
  if (text.charCodeAt(m.start - 1) !== 0x2d || !isLatinWordCode(text.charCodeAt(m.start - 2)) || ends.has(m.start - 1)) return false;
  const s = wordStart(text, m.start - 1);
  const c = text.charCodeAt(s);
  // "Tokyo-Mitsubishi": a place before the hyphen names the company's own short form.
  return s < m.start - 1 && c >= 0x41 && c <= 0x5a && !PLACE_WORDS.has(text.slice(s, m.start - 1).toLowerCase());
}

/**
 * "Wimbledon 0 Manchester United 3,", "Chicago Bulls 103 Vancouver Grizzlies 90": a name with a score
 * after it, in a line of results, is a club or a team. A score is a bare number of up to three digits
 * (not "1,200 yen", not "40 yen"), with another score before the name or another name after it.
 */
const SCORE_AFTER = /^ \d{1,3}(?![\d.,]\d)(?=[,;.]?(?: [A-Z(]|$)|[,;](?: |$))/;
const SCORE_BEFORE = /(?:^|[\s,:])\d{1,3} $/;
const NAME_AFTER_SCORE = /^ \d{1,3} [A-Z]/;

/** "Manchester United 5 3 1 1 10 5 10": a row of a standings table, three counts or more after the name. */
const TABLE_ROW_AFTER = /^(?: \d{1,3}){3}(?![\d.,]\d)/;

function inResultsLine(text: string, m: CompanyMention): boolean {
  const c = text.charCodeAt(m.end + 1);
  if (text.charCodeAt(m.end) !== 0x20 || c < 0x30 || c > 0x39) return false;
  if (TABLE_ROW_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  const after = text.slice(m.end, m.end + 8);
  if (!SCORE_AFTER.test(after)) return false;
  return NAME_AFTER_SCORE.test(after) || SCORE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/** Short Chinese data names that are also part of everyday words: "小米粥" (millet porridge), "中国银行间市场". */
const CJK_WORD_AFTER: Readonly<Record<string, string>> = { 小米: '粥饭面', 中国银行: '间业', 工商银行: '业', 快手: '机', 茅台: '酒镇' };

/** A name that ends in its industry's word ("土耳其航空", "卡塔尔能源") before 业 reads as the industry ("土耳其航空业"). */
const CJK_INDUSTRY_END = /(?:航空|银行|保险|证券|能源|石油|电力|钢铁|航运)$/;

function insideCjkWord(text: string, m: CompanyMention): boolean {
  const after = CJK_WORD_AFTER[m.text];
  const next = text[m.end];
  // ("工商银行业绩", "中国银行业务": its results and its business, not the banking industry.)
  const results = next === '业' && '绩务'.includes(text[m.end + 1] ?? '');
  if (after !== undefined && next !== undefined && after.includes(next) && !results) return true;
  if (next === '业' && !results && CJK_INDUSTRY_END.test(m.text)) return true;
  // "街坊们公认的“快手”": a short name in quotes after 的 is a word used as an epithet.
  return m.end - m.start <= 2 && text[m.start - 1] === '“' && text[m.start - 2] === '的' && text[m.end] === '”';
}

/**
 * Common one-character surnames that are not everyday words on their own (不含 于, 任, 向, 万, 方, 高, 金, 石, 白, 江, 龙 …,
 * which also open clauses): "林正达" is a person even where "正达" is the short form of 正达电器 on the page.
 */
const CJK_SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾毛郝龚邵钱覃戴莫孔汤']);
/** What follows a person's name: a form of address, an office, a verb of saying. */
const CJK_PERSON_AFTER = /^(?:先生|女士|董事长|总经理|总裁|创始人|表示|说|称|认为|指出|\d{4}年)/;

/** "创始人林正达先生…", "，林正达1984年…": an unknown company's two-character short form after a surname, as a person's name. */
function insideCjkPersonName(text: string, m: CompanyMention): boolean {
  if (m.end - m.start !== 2 || !m.id.startsWith('unknown:') || !CJK_SURNAMES.has(text[m.start - 1] ?? '')) return false;
  const before = text.charCodeAt(m.start - 2);
  return !(before >= 0x4e00 && before <= 0x9fff) || CJK_PERSON_AFTER.test(text.slice(m.end, m.end + 5));
}

/**
 * "Margaret Ellery, who ran Ellery Shipping Ltd … Ellery took over the agency": on a page that names a person by a given
 * name or a title and a surname, that surname alone is the person, not the short form of an unknown company named after
 * them. Looked up once per name and page (the page's occurrences of the name, no other scan).
 */
let surnameText = '';
let surnameMemo = new Map<string, boolean>();
const SURNAME_TITLES = words('sir dame lord lady mr mrs ms dr');
const MAX_SURNAME_LOOKUPS = 32;

//
// A company the data holds is that person on the page only with more evidence, since a company's page names its
// founder too ("Michael Dell", "Henry Ford"): the page names the person in full twice ("John M. Ford", a given name of
// the wider table, a middle initial allowed) and never writes the company's name with a corporate word after it ("Ford
// Motor", "Dell Technologies", "Ford Co.") nor the data's longer name (a real page about an author named 57 "Ford"s).
const MAX_OCCURRENCES_READ = 200;

function namesPersonOnPage(text: string, m: CompanyMention): boolean {
  if (!/^[A-Z][a-z]+$/.test(m.text)) return false;
  const unknown = m.id.startsWith('unknown:');
  if (text !== surnameText) {
    surnameText = text;
    surnameMemo = new Map();
  }
  const key = unknown ? m.text : `${m.text}\u0000${m.id}`;
  let person = surnameMemo.get(key);
  // Bounded: a list page of thousands of names looks up its first 32 (each lookup reads the page's occurrences once).
  if (person === undefined && surnameMemo.size >= MAX_SURNAME_LOOKUPS) return false;
  if (person === undefined) {
    person = false;
    let full = 0;
    let corporate = !unknown && m.name !== m.text && text.includes(m.name);
    let k = 0;
    for (let at = text.indexOf(m.text); at !== -1 && !corporate && k < MAX_OCCURRENCES_READ; at = text.indexOf(m.text, at + 1), k++) {
      const after = at + m.text.length;
      if (isLatinWordCode(text.charCodeAt(after)) || isLatinWordCode(text.charCodeAt(at - 1))) continue;
      if (unknown) {
        const before = capitalisedWordBefore(text, at).toLowerCase().replace(/\.$/, '');
        if (GIVEN_NAMES.has(before) || SURNAME_TITLES.has(before)) {
          person = true;
          break;
        }
        continue;
      }
      const next = capitalisedWordAfter(text, after);
      if (next !== '' && (FORM_KINDS.has(next) || FORM_KINDS.has(next.replace(/s$/, '')))) corporate = true;
      else if (personBefore(text, at)) full++;
    }
    if (!unknown) person = !corporate && full >= 2;
    surnameMemo.set(key, person);
  }
  return person;
}

/** "John M. Ford", "Kelly Clarkson", "Mr Ford": a given name of the wider table (a middle initial between) or a title before `at`. */
function personBefore(text: string, at: number): boolean {
  let end = at;
  // "M. " : a middle initial.
  if (text.charCodeAt(end - 1) === 0x20 && text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 3) >= 0x41 && text.charCodeAt(end - 3) <= 0x5a && text.charCodeAt(end - 4) === 0x20) end -= 3;
  const before = capitalisedWordBefore(text, end).toLowerCase().replace(/\.$/, '');
  return before !== '' && (ANY_GIVEN_NAME(before) || SURNAME_TITLES.has(before));
}

/** "© 2024 The Ledger Daily Media Inc.", "Copyright Harbour Post Ltd": the copyright line names the publisher. */
function inCopyrightLine(text: string, m: CompanyMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (/(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:(?:provided|owned|operated|published)?\s*by\s+)?(?:the\s+)?$/i.test(before)) return true;
  // ("Photograph: Getty Images", "Picture: Reuters", "图片来源：视觉中国": a picture's credit is the page's furniture.)
  if (/(?:\b(?:photograph|photo|picture|image|illustration)s?(?: by)?\s*:|(?:图片来源|图源|图片)\s*[：:])\s*$/i.test(before)) return true;
  // "© 2022 CNBC LLC. All Rights Reserved. A Division of NBCUniversal", "… is a registered trademark of CBS Broadcasting
  // Inc.": the owners a copyright or trademark line names after its notice, on the same line.
  const line = text.slice(Math.max(0, m.start - 120), m.start);
  if (/(?:©|all rights reserved|registered trademarks? of|trademarks? (?:of|owned by))[^\n]*$/i.test(line)) return true;
  // "2019 Healthline Media UK Ltd. All rights reserved.", "Healthline Media UK Ltd, Brighton, UK. © 2004-2019",
  // "A Time Warner Company. All Rights Reserved.": the holder just before the line's notice.
  return COPYRIGHT_NOTICE_AFTER.test(text.slice(m.end, m.end + 48));
}
// (On the same line: a story's last company before the page's copyright line is the story's.)
const COPYRIGHT_NOTICE_AFTER = /^(?:\.? Company)?[.,]?(?: *(?:\d{4}|[A-Z][a-z]+(?:,? [A-Z]{2,3})?)[.,]){0,2} *(?:©|all rights reserved|\(c\) ?\d{4}|copyright)/i;

/**
 * An exchange named as the place where shares are listed or traded ("rose on the New York Stock
 * Exchange", "在港交所上市", "runs the Frankfurt Stock Exchange"), or as the regulator writing to a
 * listed company ("上交所已向其发出问询函"), or as the website where filings appear ("在深交所网站发布"), is a venue, not a company in the story; an exchange that
 * buys, is bought or reports its own results stays one ("has bought the Athens Stock Exchange").
 */
// ("made its market debut on the BSE": an exchange known by its initials, as a venue.)
const EXCHANGE_NAME = /(?:^(?:BSE|NSE|ASX|TSX|SGX|JSE|LSE|HKEX|TWSE)$|\bExchanges?(?: of [A-Z][a-z]+)?|^Nasdaq(?: [A-Z][a-z]+)?|^NYSE(?: [A-Z][a-z]+)?|交易所|交所|纳斯达克)$/;
const VENUE_BEFORE_EN =
  /(?:\b(?:on|onto|from|off|leave|leaves|left|leaving|quit|quits|runs|run|running|operates|operate|operating)|\b(?:list(?:ed|ing|s)?|trad(?:ed|es|ing)|float(?:ed|ing|s)?|debut(?:ed|s)?) in|\breturn(?:s|ed|ing)? to)\s+(?:the\s+)?(?:(?:main|junior|growth)\s+(?:board|market)\s+of\s+(?:the\s+)?)?$/i;
// (A city may come between: "在香港联交所发行H股".)
const VENUE_BEFORE_ZH = /(?:在|于|登陆|登录|赴|从|自|回归|转板|转至|登上)(?:香港|上海|深圳|北京)?$/;
// (An exchange's figures are the market's, and what it newly accepts is a filing: "香港交易所数据显示", "新受理的IPO申请".)
// ("上海期货交易所的铝价": the prices quoted there.)
const VENUE_AFTER_ZH = /^(?:的?(?:[铝铜锌镍锡铅金银油]价|价格|期货价格|主力合约)|网站|官网|主板|创业板|科创板|上市|挂牌|退市|停牌|复牌|个股|全天|成交|市场|板块|指数|数据|统计|(?:新|已|共|累计)?受理|审核|审议|上市委|问询|递交|提交|发行[A-Z]?股)/;
const REGULATOR_AFTER_ZH =
  // "符合…及上海证券交易所相关规定": the exchange's rules.
  /^(?:的)?(?:相关|有关)?(?:规定|规则|业务规则|监管规则)|^(?:已|已经|随即|当即|当日|日前|近日|此前)?(?:向|对)[^，。；]{0,12}(?:问询|监管|关注|警示|处分|处罚|纪律|通报)|^(?:已|随即)?(?:发出|下发)[^，。；]{0,4}(?:问询|监管|关注)|^(?:已|随即|当即|同日|日前|近日|此前|也)?(?:修订|修改|发布|出台|制定)了?[^，。；]{0,8}(?:规则|指引|办法|细则)/;
/** "上海证券交易所和深圳证券交易所随即修订…": the first of two exchanges joined by 和 does what the second does. */
const JOINED_EXCHANGE_ZH = /^[和与及、][\u4e00-\u9fff]{1,8}?(?:交易所|交所)/;

const QUOTE_LINE_BEFORE_EN = /(?:^|\n)[A-Z0-9.]{1,8} [·|•] $/;
const QUOTE_LINE_AFTER_EN = /^ [·|•] (?:Currency|Delayed|Real-time|Prices)\b/;

function isExchangeVenue(text: string, m: CompanyMention): boolean {
  const name = text.slice(m.start, m.end);
  if (!EXCHANGE_NAME.test(name)) return false;
  if (/[\u4e00-\u9fff]$/.test(name)) {
    const joined = JOINED_EXCHANGE_ZH.exec(text.slice(m.end, m.end + 12));
    const after = text.slice(m.end + (joined?.[0].length ?? 0), m.end + (joined?.[0].length ?? 0) + 24);
    return VENUE_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 4), m.start)) || VENUE_AFTER_ZH.test(after) || REGULATOR_AFTER_ZH.test(after);
  }
  // "MRLW · London Stock Exchange · Currency in GBp": a quote page's line of symbol, venue and currency.
  if (QUOTE_LINE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 14), m.start)) || QUOTE_LINE_AFTER_EN.test(text.slice(m.end, m.end + 16))) return true;
  // "(NYSE: CVAS)", "(Nasdaq: LSPC)": the exchange before a listed company's symbol is where it trades.
  if (text.charCodeAt(m.end) === 0x3a && /^:\s?[A-Z][A-Z0-9.]{0,6}\b/.test(text.slice(m.end, m.end + 10))) return true;
  return VENUE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 60), m.start)) || text.charCodeAt(m.end) === 0x2d; // "Nasdaq-listed"
}

/**
 * "NASDAQ +2.95%", "Dow -0.4%", "FTSE 8,125.45": the name of a company that also names a stock index, right
 * before a signed change or an index level, is the index on a market strip or table.
 */
const INDEX_COMPANY_NAMES = words('nasdaq dow dow_jones ftse nikkei hang_seng s&p stoxx msci kospi topix russell');
const QUOTE_AFTER = /^\s{0,2}(?:[+\-−–]\s?\d|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)/;

function quotesIndex(text: string, m: CompanyMention): boolean {
  // Cheap gate: a space, then a sign or a digit.
  const c = text.charCodeAt(m.end + 1);
  if (text.charCodeAt(m.end) !== 0x20 || !((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2212 || c === 0x2013)) return false;
  return QUOTE_AFTER.test(text.slice(m.end, m.end + 8)) && INDEX_COMPANY_NAMES.has(phraseKey(m.text));
}

/** "创始人李宁", "董事长王石": a Chinese name right after a person's title is the person. */
const PERSON_TITLE_BEFORE_ZH = /(?:创始人|创办人|董事长|副董事长|总裁|副总裁|总经理|副总经理|首席执行官|首席\S{1,3}官|CEO|主席|行长|董事|监事|负责人|院士|教授|经理|记者|通讯员)$/;

function afterPersonTitle(text: string, m: CompanyMention): boolean {
  return /^[\u4e00-\u9fff]{2,3}$/.test(m.text) && PERSON_TITLE_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/**
 * "the Ennahda party", "the Obama administration", "the Southland Region": a name before a
 * noun for a party, a government, a place, a tribe or a faith's building names that, not a company ("Fox News women"
 * are the company's: no noun for people).
 */
const NOT_COMPANY_HEAD_AFTER = /^ (?:party|parties|administration|administrations|regime|government|museum|church|cathedral|temple|mosque|region|province|district|prefecture|territory|planet|tribe|militants|militia|rebels|fighters|dynasty|era)\b/i;
/** "the Fetch API", "the Gecko engine": a software's part, which a cue's guess may name. */
// ("Awesome Inc. theme. Powered by Blogger": a blog's theme, named in its footer.)
const SOFTWARE_HEAD_AFTER = /^ (?:API|APIs|codec|protocol|library|framework|engine|browser|kernel|format|specification|plugin|plug-in|extension|compiler|theme|template)\b/;

/**
 * One-word company names that are also everyday words, and the neighbours that make them the word ("Box Office",
 * "Magic Box", "the Amazon rainforest", "Delhi-NCR", "Q2 results", "Zoom Past Earth"): lowercase name → the words
 * after it and the words before it that do. Looked up only for a one-word mention whose name is a key.
 */
const WORD_NEIGHBOURS: ReadonlyMap<string, { after: ReadonlySet<string>; before: ReadonlySet<string> }> = new Map(
  Object.entries({
    box: ['office set sets score scores', 'magic black gift lunch music post ballot penalty po beauty subscription'],
    zoom: ['past in out through ahead by into', ''],
    amazon: ['rainforest rainforests basin river jungle fires forest deforestation tribes', 'brazilian peruvian brazil peru'],
    ncr: ['', 'delhi'],
    // (A blog's sidebar "Meta" widget: "Meta Log in", "Meta: Anmelden", "Meta Registrieren".)
    meta: ['log daftar masuk entries register anmelden registrieren connexion inscription', ''],
    q1: ['results earnings review outlook profit net sales revenue gdp fy season', ''],
    q2: ['results earnings review outlook profit net sales revenue gdp fy season', ''],
    q3: ['results earnings review outlook profit net sales revenue gdp fy season', ''],
    q4: ['results earnings review outlook profit net sales revenue gdp fy season', ''],
    ups: ['', 'lithium battery backup'],
    apple: ['', 'big'],
    grab: ['your a the', ''],
    viking: ['age woman women warrior warriors ship ships raid raids', ''],
    tesla: ['coil coils poles tower', ''],
    canon: ['divergence fodder law', ''],
  }).map(([name, [after, before]]) => [name, { after: words(after!), before: words(before!) }]),
);

/** The word after `end` past a space, or the word before `start` past a space, a hyphen or " & ", lowercase. */
function neighbourWord(text: string, at: number, forward: boolean): string {
  if (forward) {
    if (text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0x0a) return '';
    let e = at + 1;
    while (e < text.length && e - at < 24 && isLatinWordCode(text.charCodeAt(e))) e++;
    return text.slice(at + 1, e).toLowerCase();
  }
  let e = at;
  if (text.startsWith(' & ', e - 3)) e -= 3;
  else if (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x2d) e--;
  else return '';
  // "Brazil’s Amazon": the owner before its possessive.
  if (e >= 2 && text.charCodeAt(e - 1) === 0x73 && (text.charCodeAt(e - 2) === 0x2019 || text.charCodeAt(e - 2) === 0x27)) e -= 2;
  let s = e;
  while (s > 0 && e - s < 24 && isLatinWordCode(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

function namesEverydayWord(text: string, m: CompanyMention): boolean {
  if (m.end - m.start > 6) return false;
  const n = WORD_NEIGHBOURS.get(m.text.toLowerCase());
  if (!n) return false;
  // "Meta: Anmelden": a widget's heading and its first link, a colon between.
  const after = text.charCodeAt(m.end) === 0x3a ? neighbourWord(text, m.end + 1, true) : neighbourWord(text, m.end, true);
  if (n.after.has(after) || n.before.has(neighbourWord(text, m.start, false))) return true;
  // "P.O. Box 1866", "P. O. Box": a post-office box.
  return m.text.length === 3 && /\bP\.\s?O\.\s?$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * "“Space exploration, and especially …”": a two-word data name matched at a sentence's start, its second word in lower
 * case where the company writes it capitalised ("Space Exploration" Technologies), is an ordinary phrase.
 */
function lowercasePhrase(text: string, m: CompanyMention): boolean {
  const space = m.text.indexOf(' ');
  if (space < 0 || m.text.indexOf(' ', space + 1) >= 0) return false;
  const second = m.text.slice(space + 1);
  return /^[a-z]{4,}$/.test(second) && /^[A-Z][a-z]+$/.test(m.text.slice(0, space)) && !m.name.includes(second);
}

/**
 * "Über die Daten der Akte hinaus": a one-word data name matched through a folded diacritic the company's name does not
 * have on its first letter ("Über" is not Uber) is another language's word.
 */
// (Only a German umlaut, on a short word: "Ørsted" is the company written as it writes itself, though the data has "Orsted".)
function foldedFirstLetter(m: CompanyMention): boolean {
  return m.text.length <= 5 && 'ÄÖÜ'.includes(m.text[0]!) && m.name.charCodeAt(0) < 0x80;
}

/** "Titanfall 2’s BT-7274", "an F-150": a name joined by a hyphen to a number of three digits or more is a model's. */
function opensModelNumber(text: string, m: CompanyMention): boolean {
  return text.charCodeAt(m.end) === 0x2d && /^-\d{3,}\b/.test(text.slice(m.end, m.end + 8));
}

/**
 * "In ‘Ford v Ferrari’, …": a name inside a quoted title of a few capitalised words (a film's, a book's, a show's), where
 * the quotes hold more than the name. A quoted company alone ("‘Apple’") stays.
 */
const QUOTE_OPEN = '‘“\'"';
const QUOTE_CLOSE: Readonly<Record<string, string>> = { '‘': '’', '“': '”', "'": "'", '"': '"' };
const TITLE_WORD = /^(?:[A-Z0-9][\w’'.&:+-]*|v|vs\.?|of|the|and|in|on|a|an|to|for|at|de)$/;

function insideQuotedTitle(text: string, m: CompanyMention): boolean {
  // Cheap gate: a quote within 40 characters before the name.
  const from = Math.max(0, m.start - 40);
  let open = -1;
  for (let i = m.start - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '\n') break;
    if (QUOTE_OPEN.includes(c) && (i === 0 || !isLatinWordCode(text.charCodeAt(i - 1)))) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = text.indexOf(QUOTE_CLOSE[text[open]!]!, m.end);
  if (close < 0 || close - open > 60) return false;
  const inside = text.slice(open + 1, close).replace(/[,.!?]$/, '');
  if (inside === m.text || /[\n,;!?]/.test(inside)) return false;
  const parts = inside.split(' ');
  return parts.length >= 2 && parts.length <= 6 && parts.every((w) => TITLE_WORD.test(w)) && parts.some((w) => /^(?:v|vs\.?)$/.test(w));
}

/** Time zones written after a clock time (HKT is also HKT Trust's name). */
const TIME_ZONES = new Set(['HKT', 'SGT', 'JST', 'KST', 'IST', 'CST', 'CET', 'CEST', 'BST', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'MST', 'MDT', 'AEST', 'AEDT', 'ET', 'PT', 'WIB', 'PHT', 'ICT', 'MSK']);
const CLOCK_BEFORE = /(?:\d{1,2}[:.]\d{2}|\d{1,2} ?[ap]\.?m\.?)(?: ?[ap]\.?m\.?)? ?\(?$/i;

/** "9:30 HKT", "10am (HKT)": a time zone after a clock time, not the company of its letters. */
function namesTimeZone(text: string, m: CompanyMention): boolean {
  return TIME_ZONES.has(m.text) && CLOCK_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

/** "NOV. 7, 2010", "DEC 12": a month's abbreviation in capitals before a day, not NOV Inc. */
function namesMonth(text: string, m: CompanyMention): boolean {
  return /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)$/.test(m.text) && /^\.? \d{1,2}\b/.test(text.slice(m.end, m.end + 5));
}

/** "Good Ventures, a philanthropic foundation", "The END Fund, a private philanthropic initiative": a charity. */
const NONPROFIT_APPOSITIVE = /^, (?:a|an|the) (?:[\w-]{1,20} ){0,3}(?:foundation|charity|nonprofit|non-profit|not-for-profit|initiative|NGO|think tank|advocacy group|campaign group|philanthropy)\b/;
/** "fact-checking charity Full Fact", "the nonprofit Code.org": a charity named after what it is. */
const NONPROFIT_BEFORE = /\b(?:charity|charities|nonprofit|non-profit|not-for-profit|NGO|think tank|campaign group|advocacy group|philanthropy) $/;
/** "Fast Company magazine": a publication. */
const PUBLICATION_HEAD_AFTER = /^ (?:magazine|newspaper|tabloid|podcast|newsletter)\b/;

/** A charity or a publication a cue's guess named (the data's foundations stay: they invest in deals). */
function namesCharityOrPublication(text: string, m: CompanyMention): boolean {
  if (!m.id.startsWith('unknown:')) return false;
  const c = text.charCodeAt(m.end);
  if (c === 0x2c && NONPROFIT_APPOSITIVE.test(text.slice(m.end, m.end + 80))) return true;
  if (c === 0x20 && PUBLICATION_HEAD_AFTER.test(text.slice(m.end, m.end + 12))) return true;
  return text.charCodeAt(m.start - 1) === 0x20 && NONPROFIT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

function beforeNotCompanyHead(text: string, m: CompanyMention): boolean {
  const after = text.slice(m.end, m.end + 16);
  if (text.charCodeAt(m.end) !== 0x20) return false;
  // ("Gecko engine" only for a cue's guess: "a Rolls-Royce engine" is the maker's, read as the company.)
  return NOT_COMPANY_HEAD_AFTER.test(after) || (m.id.startsWith('unknown:') && (SOFTWARE_HEAD_AFTER.test(after) || / API$/.test(m.text)));
}

/** After a surname in a Vancouver-style author list: its initials, then the next author ("Anker P, Mulcahy H"). */
const VANCOUVER_AUTHOR_AFTER = /^ [A-Z]{1,3}, [A-Z][a-z]+ [A-Z]{1,3}[,.]/;
/** Two authors in a row, surname and initials ("Kensler TW, Vogelstein B, Groopman JD."). */
const VANCOUVER_LIST = /[A-Z][a-z]+ [A-Z]{1,3}, [A-Z][a-z]+ [A-Z]{1,3}[,.]/;

/** "Kirby, Alex (January 2005)", "Langton, Graham (1996)": an author of a reference list, surname or given name. */
function namesCitedAuthor(text: string, m: CompanyMention): boolean {
  if (m.text.includes(' ')) return false;
  if (CITED_SURNAME_AFTER.test(text.slice(m.end, m.end + 32))) return true;
  // "Anker P, Mulcahy H, Chen XQ": a reference list's author, surname and initials, among others.
  if (VANCOUVER_AUTHOR_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  // "Groopman JD.": the initials themselves, after a surname in such a list.
  if (/^[A-Z]{1,3}$/.test(m.text) && /[A-Z][a-z]+ $/.test(text.slice(Math.max(0, m.start - 24), m.start)) && /^[.,;]/.test(text.slice(m.end, m.end + 1)) && VANCOUVER_LIST.test(text.slice(Math.max(0, m.start - 60), m.end + 40))) return true;
  return text.charCodeAt(m.start - 2) === 0x2c && /[A-Z][a-z]+$/.test(text.slice(Math.max(0, m.start - 24), m.start - 2)) && CITED_YEAR_AFTER.test(text.slice(m.end, m.end + 24));
}

/** "Tata Nexon": a data name that is also a product's name ("Nexon", the game company), right after a capitalised word, is the product. */
function namesProductAfterMaker(text: string, m: CompanyMention): boolean {
  if (text.charCodeAt(m.start - 1) !== 0x20 || !PRODUCT_NAMES.has(m.text.toLowerCase())) return false;
  const s = wordStart(text, m.start - 1);
  return s < m.start - 1 && isNameWord(text, s, m.start - 1);
}

/** "Comment by Princo — 17.07, 2011", "Kommentar von Anna": a blog's comment header, the commenter's name after it. */
const COMMENTER_BEFORE = /(?:\b[Cc]omment by|\bKommentar von|\b[Cc]ommentaire de|\b[Rr]eply to|\bAntwort an) $/;

/**
 * "…, sagt Kemper.": German puts the speaker of a quote after its verb; a one-word name there, before the sentence's
 * end or a comma, is a person's surname (a company "teilte mit"; it does not "sagt").
 */
const SPEAKER_BEFORE = /\b(?:sagt|sagte|meint|meinte|betont|betonte|erklärt|erklärte|ergänzt|ergänzte|kritisiert|kritisierte) $/;

/**
 * The names the page gives its commenters and quoted speakers ("Comment by Princo — 18.07, 2011 @ 10:44"): a name a commenter goes by is
 * that person wherever the page writes it ("@Princo da haben sie …"), though a company's alias is the same word.
 */
function commentersOf(text: string, mentions: readonly CompanyMention[]): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const m of mentions) {
    // Cheap gate: "by ", "von ", "de ", "to ", "an " end with a letter and a space.
    if (m.start < 10 || text.charCodeAt(m.start - 1) !== 0x20 || m.text.includes(' ')) continue;
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (COMMENTER_BEFORE.test(before) || (SPEAKER_BEFORE.test(before) && /^[.,;]/.test(text.slice(m.end, m.end + 1)))) (found ??= new Set()).add(m.text);
  }
  return found;
}

/**
 * Removes mentions that the context shows are not companies (datelines, cited sources, product names, …).
 * Mentions in `checked` passed a first round over the same text already: they are asked again only what
 * depends on the other mentions (a hyphen compound with one of them).
 */
export function dropNotCompanies(text: string, mentions: CompanyMention[], checked?: ReadonlySet<CompanyMention>): CompanyMention[] {
  let ends: Set<number> | undefined;
  const endsOf = () => (ends ??= new Set(mentions.map((m) => m.end)));
  const inHyphenCompound = (m: CompanyMention) => text.charCodeAt(m.start - 1) === 0x2d && endsHyphenCompound(text, m, endsOf());
  const commenters = commentersOf(text, mentions);
  // The page's language is read once, and only when a mention may be one of its words.
  let lang: ReturnType<typeof pageLanguage> | null = null;
  const languageWord = (m: CompanyMention) => {
    if (!mayBeLanguageWord(m)) return false;
    if (lang === null) lang = pageLanguage(text);
    return namesLanguageWord(m, lang) || namesGermanNoun(text, m, lang);
  };
  return mentions.filter(
    (m) =>
      checked?.has(m) ? !inHyphenCompound(m) :
      (!inDateline(text, m) &&
      !isCitedSource(text, m) &&
      !opensProductName(text, m) &&
      !namesProductAfterMaker(text, m) &&
      !opensLongerName(text, m) &&
      !insideLongerName(text, m, (w) => FORM_KINDS.has(w)) &&
      !endsPersonName(text, m) &&
      !beforeGeneration(text, m) &&
      !afterPersonNoun(text, m) &&
      !foundsCompany(text, m) &&
      !inResultsLine(text, m) &&
      !inHyphenCompound(m) &&
      !beforeWho(text, m) &&
      !afterHonorific(text, m) &&
      !namesRacingTeam(text, m) &&
      !namesPlace(text, m) &&
      !namesFamily(text, m) &&
      !insidePublicBodyName(text, m) &&
      !insideLongerPlaceName(text, m) &&
      !insideCjkWord(text, m) &&
      !insideCjkPersonName(text, m) &&
      !namesPersonOnPage(text, m) &&
      !inCopyrightLine(text, m) &&
      !isExchangeVenue(text, m) &&
      !afterPersonTitle(text, m) &&
      !inShareChrome(text, m) &&
      !quotesIndex(text, m) &&
      !insideNamedAfterCompany(text, m) &&
      !beforeNotCompanyHead(text, m) &&
      !namesCharityOrPublication(text, m) &&
      !namesMonth(text, m) &&
      !namesTimeZone(text, m) &&
      !namesEverydayWord(text, m) &&
      !languageWord(m) &&
      !(commenters !== undefined && commenters.has(m.text)) &&
      !opensPersonName(text, m) &&
      !lowercasePhrase(text, m) &&
      !foldedFirstLetter(m) &&
      !opensModelNumber(text, m) &&
      !insideQuotedTitle(text, m) &&
      !namesCitedAuthor(text, m)),
  );
}
