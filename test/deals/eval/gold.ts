// Gold for the deal evaluation set (issue 17, item 1): paragraphs of deal news written by the
// DealLens team in our own words after real reporting, each with every deal it plainly reports.
// Facts are from public record or fictional-but-plausible (say which in `note`); no sentence is
// copied from an article. Scored by score-deals.ts; `npm run eval -- deals` prints the scores.

/** A party of a deal, as the text names it (any surface form the text uses for it). */
export interface GoldParty {
  name: string;
  /** lead: led the round / anchor; participant: took part; acquirer: buys it (or the surviving side
   *  of a merger that the text states); seller: sells it (never an investor). */
  role: 'lead' | 'participant' | 'acquirer' | 'seller';
}

export interface GoldAmount {
  /** ISO 4217 code. */
  currency: string;
  /** Major units: "$1.2 billion" → 1_200_000_000; a range's lower end. */
  amount: number;
  /** Upper end of a stated range ("$2-3 billion"). */
  amountMax?: number;
}

export interface GoldDeal {
  type: 'funding' | 'acquisition' | 'merger' | 'ipo' | 'stake-sale' | 'debt';
  /** The company funded, bought, merged or listed: every name the paragraph uses for it
   *  ("Northgate Mining Corp", "Northgate"); the first is the fullest. */
  target: string[];
  /** The deal's own amount (round size, price paid, IPO proceeds), never a per-share price, a
   *  valuation, revenue or a market value. Absent when the text gives none. */
  amount?: GoldAmount;
  /** Round as the text names it: "Series B", "seed", "pre-A", "B轮", "天使轮", "strategic". */
  round?: string;
  valuation?: GoldAmount & { basis?: 'pre' | 'post' };
  /** Every party the paragraph names with a role; an empty list when none is named. */
  parties: GoldParty[];
  /** The deal's date when the text states one different from the article's ("in February",
   *  "2023年3月"): YYYY-MM or YYYY-MM-DD, resolved against the article date. */
  date?: string;
}

export type NegativeKind =
  | 'rumour' | 'talks' | 'denial' | 'not-closed' | 'called-off' | 'settlement' | 'revenue'
  | 'market-value' | 'share-move' | 'fund-raise' | 'buyback' | 'dividend' | 'other';

export interface GoldParagraph {
  /** Unique, e.g. "en-fund-001", "zh-ipo-012". */
  id: string;
  lang: 'en' | 'zh';
  /** The publisher style imitated: "wire", "business-daily", "tech-press", "vc-blog",
   *  "press-release", "cn-financial-press", "cn-tech-press", "hk-press", … (≥ 25 across the set). */
  style: string;
  /** The article's publication date, YYYY-MM-DD. */
  date: string;
  text: string;
  /** Every deal the paragraph plainly reports; [] for a paragraph that reports none. */
  deals: GoldDeal[];
  /** For a paragraph with no deal: what it is instead. */
  negative?: NegativeKind;
  note?: string;
}
