// The side of a Chinese merger that the text says survives: "合并后的华越证券为存续公司", "江城港务作为存续公司承继其全部
// 资产", "存续公司为华越证券", "合并后新公司将以乐享出行为主体运营". A merger read with no direction ("华越证券与东浦证券的合并重组今日完成交割") takes one from
// it: the survivor absorbs the other, which is the company merged away (the deal's target).
import type { CompanyMention } from '../types';
import type { SentenceView } from './sentence-view';

/** After a name: it is the survivor ("作为存续公司", "为存续方", "将成为存续主体"). */
const SURVIVES_AFTER = /^[」”"]?(?:将|则)?(?:作为|为|成为|是)(?:合并后的?|本次合并的?)?存续(?:公司|方|主体|企业)/;
/** Before a name: the survivor is it ("存续公司为", "存续方为"). */
const SURVIVES_BEFORE = /存续(?:公司|方|主体|企业)(?:将)?(?:为|是)$/;
/** Around a name: the merged company runs as it ("将以乐享出行为主体运营"). */
const RUNS_AS = { before: /以$/, after: /^为(?:存续|运营|经营)?主体/ };

/** After a name: it becomes the other's subsidiary ("中冶国际成为中国中冶的全资子公司"), so the other survives. */
const BECOMES_ARM_OF = /^[」”"]?(?:已|将|则|由此)?成为([^，。；]{2,14}?)的?(?:全资|控股)子公司/;

/** Which of the two sides the sentence names as the survivor, if it names one. */
export function zhSurvivor(view: SentenceView, sides: readonly CompanyMention[]): CompanyMention | undefined {
  const sentence = view.text.slice(view.start, view.end);
  // ("中国中冶与中冶国际已完成换股合并，中冶国际成为中国中冶的全资子公司": the side the other becomes a subsidiary of.)
  if (sides.length === 2 && sentence.includes('子公司')) {
    for (const [k, side] of sides.entries()) {
      const other = sides[1 - k]!;
      for (let i = sentence.indexOf(side.text); i >= 0; i = sentence.indexOf(side.text, i + 1)) {
        const arm = BECOMES_ARM_OF.exec(sentence.slice(i + side.text.length, i + side.text.length + 24));
        if (arm && arm[1]!.includes(other.text)) return other;
      }
    }
  }
  // (A sentence that says neither 存续 nor 主体 says nothing of a survivor: two searches, then the few names.)
  if (!sentence.includes('存续') && !sentence.includes('主体')) return undefined;
  const survivors = sides.filter((side) => {
    for (let i = sentence.indexOf(side.text); i >= 0; i = sentence.indexOf(side.text, i + 1)) {
      const after = sentence.slice(i + side.text.length, i + side.text.length + 16);
      const before = sentence.slice(Math.max(0, i - 8), i);
      if (SURVIVES_AFTER.test(after) || SURVIVES_BEFORE.test(before) || (RUNS_AS.before.test(before) && RUNS_AS.after.test(after))) return true;
    }
    return false;
  });
  return survivors.length === 1 ? survivors[0] : undefined;
}
