/** The `@` being typed: where it starts in the text, and what follows it up to the caret. */
export interface MentionQuery {
  readonly start: number;
  readonly query: string;
}

/**
 * The `@word` the caret is at the end of, if any: an `@` at the start or after white space,
 * followed by up to 100 characters without white space or another `@`.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = /(?:^|\s)@([^\s@]{0,100})$/.exec(text.slice(0, caret));
  return match ? { start: caret - (match[1] ?? '').length - 1, query: match[1] ?? '' } : null;
}
