/**
 * Shared by the readers' tests; not exported from the package. Free of vitest so that compiling it
 * with the package (tsconfig only leaves out `*.test.ts`) costs nothing at runtime.
 */
import * as path from "node:path";
import { InputError } from "../model/snapshot";

/** The real `pulumi` outputs shared by every engineer: /work/shared, next to the repository. */
export const realFixtures = path.resolve(__dirname, "../../test-fixtures/pulumi-real");
export const stateFixtures = path.resolve(__dirname, "../../test-fixtures/state");

/** The InputError a promise rejects with; anything else fails the test. */
export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error("expected an InputError, but the call succeeded");
}
