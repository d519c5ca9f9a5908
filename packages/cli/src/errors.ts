/** Exit codes: 0 no mandatory findings, 1 mandatory findings, 2 usage or input error. */
export const EXIT_OK = 0;
export const EXIT_MANDATORY = 1;
export const EXIT_INPUT_ERROR = 2;

/** A mistake in how palisade was called (bad flag value, unreadable config file). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
