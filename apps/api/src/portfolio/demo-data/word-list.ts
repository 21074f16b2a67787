/** The words of a text block: long lists of single-word names stay compact in the source. */
export function words(text: string): readonly string[] {
  return text.trim().split(/\s+/);
}
