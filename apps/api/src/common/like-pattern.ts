/** A LIKE pattern matching text that contains `text`, its wildcards and backslashes taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
