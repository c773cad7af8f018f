// Names of codes in the reader's language from the platform (Intl.DisplayNames): "CNY" → "Chinese Yuan",
// "人民币"; "CN" → "China", "中国"; "zh" → "Chinese", "中文". The code itself when Intl has no name for it.

export function displayName(type: 'currency' | 'region' | 'language', code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}
