// Traditional Chinese characters folded to their simplified form (issue 16, item 3: Hong Kong and
// Taiwan pages write "滙豐控股", "恒生銀行", "騰訊"; the data holds "汇丰控股", "恒生银行", "腾讯"). The
// fold is one character for one character, so offsets in the page do not move. The table holds the
// characters company names and business news use, in pairs "traditional simplified"; characters that
// are also ordinary simplified characters with another use (著, 乾, 隻, 藉, 瞭, 台) are left out.

const PAIRS =
  '滙汇 匯汇 彙汇 豐丰 銀银 國国 華华 業业 電电 訊讯 騰腾 證证 險险 團团 發发 東东 車车 門门 長长 實实 際际 聯联 興兴 產产 資资 ' +
  '寶宝 醫医 藥药 鐵铁 術术 網网 絡络 會会 機机 氣气 廣广 場场 貿贸 財财 務务 運运 輸输 億亿 萬万 義义 來来 陽阳 雲云 龍龙 鳳凤 ' +
  '灣湾 島岛 閣阁 線线 綫线 紅红 綠绿 藍蓝 錢钱 鋼钢 礦矿 橋桥 齊齐 過过 達达 遠远 邁迈 進进 頭头 點点 體体 學学 聖圣 開开 關关 園园 ' +
  '圓圆 蘇苏 創创 壽寿 農农 復复 陳陈 劉刘 張张 楊杨 趙赵 馬马 鄭郑 鍾钟 鐘钟 黃黄 許许 謝谢 葉叶 蔣蒋 羅罗 鄧邓 盧卢 嶺岭 飛飞 ' +
  '貨货 單单 衛卫 視视 語语 話话 說说 讀读 書书 報报 紙纸 紡纺 織织 綜综 經经 濟济 傳传 廠厂 設设 計计 製制 權权 環环 節节 約约 ' +
  '顧顾 問问 倉仓 儲储 陸陆 軟软 導导 顯显 壓压 價价 買买 賣卖 戶户 號号 無无 與与 舊旧 蘋苹 飲饮 麥麦 漢汉 滬沪 粵粤 瀋沈 蘭兰 ' +
  '莊庄 營营 紀纪 級级 納纳 紐纽 監监 幣币 兌兑 貝贝 質质 碼码 標标 準准 極极 優优 歐欧 亞亚 時时 間间 個个 對对 後后 穩稳 獲获 ' +
  '歷历 濱滨 澤泽 潤润 滿满 潔洁 燈灯 煉炼 爐炉 獨独 瑪玛 盤盘 眾众 碩硕 確确 禮礼 稅税 積积 競竞 築筑 簡简 糧粮 純纯 結结 統统 ' +
  '維维 總总 繼继 續续 纜缆 聲声 職职 膠胶 臨临 舉举 藝艺 蓮莲 補补 裝装 複复 觀观 託托 記记 評评 詢询 誠诚 認认 請请 諾诺 講讲 ' +
  '識识 護护 豬猪 負负 貢贡 販贩 責责 貸贷 費费 賓宾 賢贤 賬账 購购 贏赢 軌轨 軍军 軒轩 載载 輕轻 輝辉 輪轮 轉转 辦办 這这 遊游 ' +
  '適适 選选 邊边 鄉乡 釀酿 銅铜 銘铭 銷销 鋒锋 鋪铺 錄录 錦锦 鍵键 鎮镇 鏈链 閩闽 陣阵 隊队 階阶 雙双 雞鸡 難难 靈灵 韓韩 項项 ' +
  '順顺 預预 領领 頻频 題题 願愿 風风 飯饭 養养 館馆 駿骏 驗验 鮮鲜 鳥鸟 鴻鸿 鵬鹏 鹽盐 麗丽 黨党 齒齿 僑侨 傑杰 備备 兒儿 內内 ' +
  '兩两 凱凯 劃划 動动 勝胜 勞劳 區区 協协 參参 變变 啟启 喬乔 圖图 圍围 執执 堅坚 塊块 壇坛 壩坝 夢梦 奧奥 嬰婴 寧宁 寫写 寬宽 ' +
  '審审 將将 專专 屬属 峽峡 師师 帶带 幫帮 幹干 庫库 廈厦 廳厅 強强 彈弹 從从 徵征 恆恒 悅悦 愛爱 態态 慶庆 應应 懷怀 戰战 擁拥 ' +
  '據据 擴扩 數数 斷断 於于 暢畅 曉晓 條条 榮荣 構构 樂乐 樓楼 樞枢 樣样 樹树 檢检 歡欢 歸归 殼壳 決决 測测 湧涌 溫温 滄沧 漁渔 ' +
  '漲涨 濃浓 濤涛 災灾 為为 烏乌 煙烟 熱热 燒烧 爭争 狀状 獎奖 現现 畫画 當当 療疗 盡尽 礙碍 種种 稱称 籌筹 類类 細细 終终 組组 ' +
  '給给 緊紧 編编 縮缩 績绩 繪绘 羅罗 習习 聞闻 聰聪 腦脑 艙舱 蓋盖 薩萨 處处 衝冲 見见 規规 親亲 覺觉 討讨 訓训 訪访 訴诉 診诊 ' +
  '詳详 誤误 課课 調调 談谈 論论 議议 譯译 貴贵 貼贴 賀贺 賠赔 賴赖 趨趋 躍跃 輔辅 輛辆 轄辖 郵邮 鄰邻 銳锐 鋁铝 錯错 鍋锅 鎖锁 ' +
  '鏡镜 鑽钻 閉闭 閱阅 陰阴 雖虽 響响 頂顶 頓顿 顆颗 驅驱 驚惊 鳴鸣 齡龄 漢汉 貓猫 餐餐 體体 葯药 鉅钜 鈞钧 鋰锂 鎳镍 鈷钴 鋅锌 ' +
  '錫锡 償偿 還还 遲迟 債债 擔担 歲岁 縣县 鎊镑 鈔钞 遷迁 隨随 勢势 壞坏 憑凭 戲戏 擇择 擊击 攜携 敗败 暫暂 曆历 棄弃 毀毁 滅灭 滯滞 漸渐 潛潜 濕湿 爾尔 獵猎 瓊琼 畢毕 異异 疊叠 盜盗 ' +
  '礎础 禍祸 離离 穀谷 窮穷 竊窃 範范 簽签 籃篮 紛纷 紹绍 絲丝 綱纲 緣缘 緩缓 練练 縱纵 罰罚 罷罢 肅肃 脅胁 脫脱 腳脚 膽胆 臺台 艦舰 虧亏 蝕蚀 襲袭 覽览 訂订 詐诈 試试 詩诗 誌志 諮咨 ' +
  '謀谋 讓让 讚赞 貧贫 賜赐 賦赋 賭赌 賽赛 贊赞 贈赠 趕赶 跡迹 踐践 蹤踪 軸轴 較较 辭辞 迴回 連连 週周 違违 遞递 遺遗 遼辽 釋释 針针 鈴铃 鉛铅 錶表 鎂镁 鑄铸 鑑鉴 閃闪 閒闲 閘闸 闆板 ' +
  '闊阔 陝陕 隱隐 雜杂 霧雾 靜静 韋韦 頁页 頒颁 額额 顏颜 飄飘 餅饼 餘余 馮冯 駐驻 駕驾 騎骑 騙骗 髮发 鬥斗 魚鱼 鯨鲸 鴨鸭 麵面 龐庞 龜龟 嚴严 壯壮 夥伙 奪夺 奮奋 婦妇 孫孙 層层 屆届 ' +
  '崗岗 帥帅 帳帐 廢废 廟庙 彎弯 徹彻 憂忧 拋抛 掃扫 掛挂 採采 揚扬 換换 損损 搶抢 撥拨 擬拟 攤摊 敘叙 棟栋 槍枪 橫横 檔档 櫃柜 殘残 殺杀 沒没 淺浅 減减 湯汤 潑泼 瀾澜 灘滩 爛烂 牆墙 ' +
  '猶犹 獅狮 獻献 畝亩 瘋疯 盞盏 磚砖 祿禄 窩窝 筆笔 糾纠 絕绝 綁绑 綿绵 緒绪 締缔 繞绕 繳缴 纖纤 聽听 膚肤 艱艰 虛虚 蟲虫 裡里 詞词 該该 誕诞 誰谁 諸诸 謙谦 譜谱 貞贞 貫贯 貪贪 貶贬 ' +
  '賃赁 賺赚 贖赎 輯辑 輿舆 轟轰 辯辩 邏逻 釘钉 鉤钩 錨锚 鍛锻 鏟铲 閥阀 隸隶 韌韧 須须 顛颠 飼饲 飽饱 饒饶 驟骤 髒脏 鬆松 鬧闹 魯鲁 鮑鲍 鶴鹤 鷹鹰 黴霉 齋斋 峯峰 倫伦 偉伟 側侧 傷伤 ' +
  '儀仪 兇凶 剛刚 劍剑 勁劲 勵励 勸劝 厲厉 厭厌 吳吴 員员 喚唤 噸吨 嘗尝 塗涂 塵尘 墊垫 墳坟 壘垒 壢坜 妝妆 娛娱 嬌娇 寢寝 尋寻 屍尸 嶼屿 幟帜 廚厨 廬庐 徑径 懇恳 懶懒 懼惧 挾挟 捲卷 ' +
  '揮挥 撐撑 擋挡 擠挤 擾扰 攔拦 敵敌 暉晖 朧胧 梘枧 棧栈 槳桨 樁桩 樸朴 檯台 歎叹 毆殴 氈毡 氫氢 氬氩 沖冲 況况 洩泄 浹浃 涼凉 淚泪 淪沦 淵渊 滲渗 滷卤 滾滚 漿浆 潰溃 澀涩 濁浊 瀉泻 ' +
  '烴烃 燭烛 犢犊 狹狭 猙狰 瑋玮 甦苏 瘡疮 癮瘾 睏困 矚瞩 磯矶 禪禅 穌稣 稈秆 竅窍 筍笋 箋笺 篩筛 簾帘 紋纹 紗纱 絆绊 絞绞 絨绒 綴缀 綻绽 緝缉 緬缅 縛缚 縫缝 繃绷 繩绳 罌罂 羈羁 聳耸 ' +
  '膩腻 臉脸 萊莱 蒼苍 蔥葱 薑姜 蘊蕴 虜虏 蝦虾 蠻蛮 衆众 褲裤 襪袜 覓觅 觸触 訝讶 訟讼 訣诀 詠咏 誇夸 誘诱 誼谊 諒谅 謎谜 謠谣 譏讥 譴谴 讒谗 豎竖 豈岂 賄贿 賊贼 賤贱 贓赃 躪躏 軀躯 ' +
  '輩辈 轎轿 轍辙 遜逊 遙遥 郟郏 醜丑 醞酝 鈍钝 鈾铀 銬铐 銹锈 鋸锯 錘锤 鍍镀 鎔镕 鐳镭 闡阐 隕陨 隴陇 雛雏 靂雳 頗颇 頸颈 顱颅 颳刮 颶飓 餵喂 餿馊 饑饥 饞馋 騷骚 驢驴 驕骄 鬍胡 鬱郁 ' +
  '緯纬 鯊鲨 鱷鳄 鴉鸦 鵲鹊 鷗鸥 鹹咸 麼么 斂敛 剝剥 淨净 澆浇 鹼碱 釣钓 ';

// By code point from 0x3400 (all pairs are CJK ideographs): the simplified form, 0 for none. A typed
// array, so a page with no traditional character is passed over at one comparison per character.
const FIRST = 0x3400;
const TABLE = new Uint16Array(0xa000 - FIRST);
for (const pair of PAIRS.split(' ')) {
  if (pair.length === 2 && pair[0] !== pair[1]) TABLE[pair.charCodeAt(0) - FIRST] = pair.charCodeAt(1);
}

/** The simplified form of a traditional character, or the character itself. */
export function simplifiedOf(code: number): number {
  return code >= FIRST && code < 0xa000 ? TABLE[code - FIRST] || code : code;
}

/** A string with its traditional characters folded to simplified ("恒生指數" → "恒生指数"). */
export function toSimplified(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FIRST && code < 0xa000 && TABLE[code - FIRST] !== 0) break;
  }
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) codes[k] = simplifiedOf(text.charCodeAt(k));
  let out = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode(...codes.subarray(k, k + 8192));
  return out;
}

/**
 * Runs a reader of Chinese text on a traditional page as on a simplified one (issue 16, item 3: Hong
 * Kong and Taiwan pages). The readers' word lists and rules (place prefixes, verbs, 集团/銀行 heads,
 * stop words) are written in simplified characters; folding the whole text once, one character for
 * one, lets every rule apply unchanged and keeps every offset. Each mention then takes back the text
 * as the page wrote it (and so does a name that was that text); an unknown company's id stays in the
 * folded form, the same id on a simplified and a traditional page. Text with no traditional
 * character is read as it is, at the cost of one scan.
 */
export function readFolded<M extends { start: number; end: number; text: string; name: string }>(text: string, read: (folded: string) => M[]): M[] {
  const folded = toSimplified(text);
  if (folded === text) return read(text);
  return read(folded).map((m) => {
    const written = text.slice(m.start, m.end);
    return written === m.text ? m : { ...m, text: written, name: m.name === m.text ? written : m.name };
  });
}
