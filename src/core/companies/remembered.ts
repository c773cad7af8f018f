// A page names the same companies again and again: a pure function of a name is worked out once per
// name. The memory is bounded (a hostile page writes any number of names): when full, it starts over.

const MAX_REMEMBERED = 4096;

/** `compute`, remembering its answers by key. */
export function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
