// A made-up news paragraph the background reads when a page is about to be read (the prepare
// request), so the page's first slice finds the engine's code compiled: money in words, symbols and
// Chinese units, known companies in English and Chinese, and a name the data does not hold. Not a
// report of anything; its mentions go nowhere.
export const WARM_UP_TEXT = [
  'Northgate Robotics Ltd raised $342 million (about 2.5 billion yuan) in a Series C round led by Tencent Holdings Ltd,',
  'with Alibaba Group and HSBC also taking part, the company said on Monday; it was valued at more than HK$3.5 billion.',
  '示例智能科技有限公司完成25亿元人民币B轮融资，由腾讯领投，阿里巴巴跟投，投后估值约1.5亿美元。',
].join('\n');
