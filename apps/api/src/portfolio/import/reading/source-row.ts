/** One row of an upload as it was sent, with where it is in the file. */
export type SourceRow =
  | {
      /** CSV: the physical line the row starts on (the header is line 1); JSON: the array index + 1. */
      readonly line: number;
      /** Values by column name as sent: text from a CSV, any JSON value from a JSON array. */
      readonly cells: Readonly<Record<string, unknown>>;
    }
  | {
      readonly line: number;
      /** Why the row cannot be read as columns at all. */
      readonly unreadable: string;
    };
