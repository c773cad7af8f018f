// The table of words that say what a Chinese company is, shared by the readers of names the company reader left
// out: a description ending in one of them stands right before the name ("AI眼镜初创公司镜界", "台湾AI服务器散热新创
// 冷锋科技", "杭州的同行快骑科技", "主营储能变流器的汇能电控"). One table, so a new kind of company is added once.

/** What a company is: the last word of a description before its name (longer words first). */
export const ZH_KIND_WORDS: readonly string[] = [
  '初创公司', '初创企业', '公司', '企业', '品牌', '平台', '社区', '厂商', '集团', '机构', '初创', '新创', '独角兽', '龙头',
  '新势力', '工具', '应用', '国企', '央企', '连锁', '同行',
  '服务商', '运营商', '供应商', '制造商', '开发商', '生产商', '方案商', '解决方案商', '设备商', '材料商', '零售商', '经销商', '芯片商', '提供商',
  '研发商', '集成商', '分销商', '通路商', '代理商', '贸易商', '品牌商', '渠道商', '电商',
  // ("內地新能源電池商欣旺新能": the trade a company is in, ending in 商.)
  // ("伺服器機殼廠勤誠興業": a maker named as a works, 厂.)
  '大厂', '厂',
  '营运商', '电池商', '物流商', '面板商', '模组商', '软件商', '家电商', '零部件商', '器械商', '物业商', '租赁商', '元件商',
  '车企', '药企', '乳企', '房企', '险企', '酒企', '茶企',
];

/** Kinds that never end a company's own name: a mention the reader ran into one holds a description before its name. */
// ("私募基金博远资本", "中国基金高榕创投", "本地VC AC Ventures": so does a kind of investor.)
export const ZH_DESCRIPTIVE_KIND = '(?:初创公司|初创企业|初创|新创|同行|国企|央企|私募基金|私募机构|投资机构|创投机构|(?:中国|本土|本地|海外|外资|美元|人民币|头部|老牌|知名|国资)(?:基金|VC|机构))';

/** The kinds as one alternation for an expression. */
export const ZH_KIND = `(?:${ZH_KIND_WORDS.join('|')})`;

/**
 * What a company does, who founded it or where it is, closed by 的, before its name ("主营储能变流器的", "做室内配送机器人的",
 * "由前华为工程师创办的", "成立于深圳的", "坐落于东莞松山湖的").
 */
export const ZH_DOES = String.raw`(?:由[^，。；]{1,20}?(?:创办|创立|孵化|分拆)的|(?:刚|才|仅)?成立(?:不到|仅|刚|才)?[^，。；]{1,6}?的|(?:主营|主打|专注于?|聚焦于?|致力于|深耕|从事|提供|专做|主做|做|位于|坐落于|总部位于|来自|成立于|创立于|诞生于)[^，。；]{1,16}?的)`;



/** A kind of company right at the start of what is left ("工具" then "制造商锐拓工业"): a description may hold two. */
export const ZH_KIND_AT_START = new RegExp(`^${ZH_KIND}(?=[\u4e00-\u9fffA-Za-z]{2})`);
