// Names of a card's companies in the reader's language: in a Chinese interface, the data's Chinese
// names (智谱 for Zhipu AI), asked of the background once per card; elsewhere the canonical names,
// with no request. A failed request leaves the canonical names: a name is never worth an error.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../messages/send';
import { isChineseLocale, namesFrom, type NameOf } from '../../ui/company-name';
import type { CompanyRecord } from '../../core/types';

/** Most ids one card asks names for. */
const MAX_NAMED = 100;

type Names = ReadonlyMap<string, Pick<CompanyRecord, 'name' | 'zh'> | null>;

export function useLocalNames(parties: readonly { id?: string }[], locale: string): NameOf {
  const wanted = isChineseLocale(locale) ? [...new Set(parties.map((p) => p.id).filter((id): id is string => !!id))].slice(0, MAX_NAMED) : [];
  const key = wanted.join('\n');
  const [names, setNames] = useState<Names>(new Map());
  useEffect(() => {
    if (!wanted.length) return;
    let live = true;
    sendToBackground('companyNames', { ids: wanted }).then(
      (answer) => live && setNames(new Map(wanted.map((id, i) => [id, answer[i] ?? null]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `key` stands for `wanted`, which is a new array at each render.
  }, [key]);
  return namesFrom(names, locale);
}
