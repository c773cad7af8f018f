// The deal evaluation set: every paragraph, in one list. See gold.ts for the markup.
import type { GoldParagraph } from './gold';
import { PARAGRAPHS as EN_CORPORATE } from './en-corporate';
import { PARAGRAPHS as EN_FRESH_3 } from './en-fresh-3';
import { PARAGRAPHS as EN_FRESH_4 } from './en-fresh-4';
import { PARAGRAPHS as EN_FRESH_5 } from './en-fresh-5';
import { PARAGRAPHS as EN_FRESH_6 } from './en-fresh-6';
import { PARAGRAPHS as EN_FRESH_7 } from './en-fresh-7';
import { PARAGRAPHS as EN_FUNDING } from './en-funding';
import { PARAGRAPHS as FRESH } from './fresh-styles';
import { PARAGRAPHS as FRESH_2 } from './fresh-styles-2';
import { CHECK_PARAGRAPHS as PRESS_CHECK, LATE_CHECK_PARAGRAPHS as PRESS_LATE_CHECK, PARAGRAPHS as PRESS_STYLES } from './press-styles';
import { PARAGRAPHS as ZH } from './zh';
import { PARAGRAPHS as ZH_FRESH_3 } from './zh-fresh-3';
import { PARAGRAPHS as ZH_FRESH_4 } from './zh-fresh-4';
import { PARAGRAPHS as ZH_FRESH_5 } from './zh-fresh-5';
import { PARAGRAPHS as ZH_FRESH_6 } from './zh-fresh-6';
import { PARAGRAPHS as ZH_FRESH_7 } from './zh-fresh-7';

export const DEAL_PARAGRAPHS: readonly GoldParagraph[] = [...EN_FUNDING, ...EN_CORPORATE, ...ZH, ...PRESS_STYLES, ...PRESS_CHECK, ...PRESS_LATE_CHECK, ...FRESH, ...FRESH_2, ...ZH_FRESH_3, ...EN_FRESH_3, ...EN_FRESH_4, ...ZH_FRESH_4, ...EN_FRESH_5, ...ZH_FRESH_5, ...ZH_FRESH_6, ...EN_FRESH_6, ...EN_FRESH_7, ...ZH_FRESH_7];
