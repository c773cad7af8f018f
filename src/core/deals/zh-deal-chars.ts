// Traditional characters of deal news that the company reader's fold (companies/traditional-chars.ts) does not hold:
// "今日於港交所主板掛牌", "擬全球發售", "簽署股權轉讓協議", "合併", "換股", "債券", "撤回", "遞交". Without them a
// traditional page hides its deal words and its words of intent (擬, 暫緩) from the deal reader. Folded one character
// for one after that fold, so offsets do not move; only a page that held traditional characters is folded again.
// (The pairs belong in the company reader's table too; when it holds them, they can go from here.)
const PAIRS =
  '掛挂 擬拟 淨净 額额 佈布 併并 註注 簽签 讓让 償偿 債债 減减 較较 暫暂 緩缓 遞递 屆届 們们 並并 還还 換换 撥拨 範范 ' +
  '擔担 廢废 擴扩 攬揽 繳缴 損损 虧亏 贈赠 賺赚 賽赛 頁页 鑒鉴 鑑鉴 謹谨 訂订 試试 層层 遷迁 遲迟 慮虑 撐撑 糾纠 紓纾 ' +
  '緣缘 綱纲 罰罚 脫脱 臺台 虛虚 裡里 襲袭 詐诈 謂谓 譜谱 賈贾 趕赶 跡迹 踐践 輯辑 辯辩 遺遗 邏逻 醞酝 鍛锻 鑄铸 閃闪 ' +
  '閒闲 閘闸 閥阀 隨随 雜杂 離离 靜静 頗颇 顏颜 餘余 饋馈 騎骑 騙骗 驟骤 鬆松 鬥斗 魚鱼 鯨鲸 麵面 剛刚 劑剂 勁劲 勢势 ' +
  '卻却 厲厉 員员 嚴严 囑嘱 塗涂 塵尘 墊垫 壯壮 夠够 奪夺 奮奋 婦妇 孫孙 寵宠 尋寻 崗岗 嶄崭 帥帅 帳帐 幾几 廟庙 彎弯 ' +
  '徑径 徹彻 惡恶 慣惯 慘惨 憶忆 懇恳 戀恋 戲戏 掙挣 捨舍 掃扫 揀拣 搖摇 搶抢 撈捞 撲扑 擇择 擠挤 擺摆 擾扰 攝摄 攤摊 ' +
  '敘叙 敵敌 斂敛 斬斩 槍枪 樁桩 檔档 檯台 櫃柜 欄栏 殘残 殺杀 毀毁 沒没 滅灭 滲渗 漸渐 潰溃 濾滤 瀏浏 爛烂 牆墙 犧牺 ' +
  '獅狮 獻献 畢毕 異异 盜盗 礎础 禍祸 禦御 穀谷 窮穷 筆笔 籃篮 籤签 緒绪 締缔 緯纬 練练 縱纵 繩绳 繫系 纖纤 罷罢 聳耸 ' +
  '脅胁 脈脉 膚肤 艦舰 蟲虫 衆众 覽览 詞词 該该 誰谁 諒谅 諸诸 謙谦 譽誉 讚赞 貧贫 貪贪 貫贯 賜赐 賦赋 贖赎 蹤踪 軸轴 ' +
  '輩辈 轟轰 違违 針针 鉛铅 鍍镀 鎂镁 鑰钥 閑闲 闆板 闖闯 陝陕 隱隐 頸颈 飄飘 餅饼 饒饶 鬧闹 魯鲁 鹵卤 麼么 穫获 億亿 ' +
  '別别 穎颖 補补 儘尽 僅仅 優优 償偿 啓启 贛赣 嘗尝 奬奖 綫线 寶宝 爲为 牠它 纔才 麪面 證证';

const FIRST = 0x3400;
const TABLE = new Uint16Array(0xa000 - FIRST);
for (const pair of PAIRS.split(' ')) {
  if (pair.length === 2 && pair[0] !== pair[1]) TABLE[pair.charCodeAt(0) - FIRST] = pair.charCodeAt(1);
}

/** `text` with the deal-news characters above folded to simplified, one for one (the same string when none is there). */
export function foldDealChars(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const to = code >= FIRST && code < 0xa000 ? TABLE[code - FIRST] : 0;
    if (!to) continue;
    out ??= text.split('');
    out[i] = String.fromCharCode(to);
  }
  return out ? out.join('') : text;
}
