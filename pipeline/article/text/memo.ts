/**
 * Remembers a pure function's answers by text: stamps, boilerplate lines and
 * datelines recur across a corpus. Forgets everything once `limit` answers
 * are kept, so a long run's memory stays flat.
 */
export function memoByText<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    if (known.size >= limit) known.clear();
    const answer = compute(text);
    known.set(text, answer);
    return answer;
  };
}
