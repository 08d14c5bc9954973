/** A file that cannot be used at all; the message says what is wrong and what to do. */
export class DataError extends Error {
  override name = 'DataError';
}

import type { Field } from './columns';

/** The text or group column could not be recognised: the user picks them from these. */
export class ColumnsNeeded extends DataError {
  override name = 'ColumnsNeeded';
  constructor(
    message: string,
    /** Every column name in the file. */
    readonly headers: string[],
    /** Up to three rows of values, aligned with the headers. */
    readonly samples: string[][],
    /** The column recognised for each field that could be, by name: the picker starts from these. */
    readonly guess: Partial<Record<Field, string>> = {},
  ) {
    super(message);
  }
}
