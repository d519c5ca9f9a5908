/** Shared by the readers' tests (not exported from the package). */
import * as path from "node:path";
import { expect } from "vitest";
import { InputError } from "../model/snapshot";

/** The real `pulumi` outputs shared by every engineer: /work/shared, next to the repository. */
export const realFixtures = path.resolve(__dirname, "../../../../../shared/fixtures/pulumi-real");
export const stateFixtures = path.resolve(__dirname, "../../test-fixtures/state");

export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}
