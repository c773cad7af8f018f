// The Chinese name DealLens writes after an amount ("3.42亿美元", "25亿元"), by currency: the one fact
// about currencies that a page's cards need, kept apart from the reader's table (currency-table.ts, which
// takes each record's name from here), so the content script carries no currency table.
import type { CurrencyCode } from '../types';

const ZH_NAMES: Readonly<Record<string, string>> = {
  USD: '美元', CNY: '元', EUR: '欧元', GBP: '英镑', JPY: '日元', HKD: '港元', TWD: '新台币', SGD: '新加坡元',
  KRW: '韩元', INR: '印度卢比', AUD: '澳元', CAD: '加元', CHF: '瑞士法郎', NZD: '新西兰元', MXN: '墨西哥比索', BRL: '巴西雷亚尔',
  ZAR: '南非兰特', TRY: '土耳其里拉', RUB: '卢布', SAR: '沙特里亚尔', QAR: '卡塔尔里亚尔', AED: '阿联酋迪拉姆', KWD: '科威特第纳尔', ILS: '新谢克尔',
  EGP: '埃及镑', NGN: '尼日利亚奈拉', IDR: '印尼盾', THB: '泰铢', MYR: '林吉特', PHP: '菲律宾比索', VND: '越南盾', PKR: '巴基斯坦卢比',
  CLP: '智利比索', COP: '哥伦比亚比索', ARS: '阿根廷比索', PLN: '兹罗提', CZK: '捷克克朗', HUF: '匈牙利福林', SEK: '瑞典克朗', NOK: '挪威克朗',
  DKK: '丹麦克朗', UAH: '乌克兰格里夫纳',
};

/** The Chinese name DealLens writes after an amount ("美元", "元"), or undefined. */
export function zhCurrencyName(code: CurrencyCode): string | undefined {
  return Object.hasOwn(ZH_NAMES, code) ? ZH_NAMES[code] : undefined;
}
