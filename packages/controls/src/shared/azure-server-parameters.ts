/**
 * Server parameters of Azure Database for PostgreSQL and MySQL, declared as separate Configuration
 * resources (`configurationName` + `value`). A check applies to the parameters it names and is not
 * applicable to the others; the Azure name defaults to the Pulumi resource name when configurationName
 * is not given.
 */
import type { CheckedResource } from "../model/control";
import { fail, notApplicable, pass, type Verdict } from "../model/verdict";

export function parameterName(r: CheckedResource): string {
  const name = r.props.configurationName;
  return (typeof name === "string" && name !== "" ? name : r.name).toLowerCase();
}

/** Checks the value of any of `names`: `ok` decides, `expected` is shown in the message. */
export function parameterCheck(
  names: readonly string[],
  ok: (value: string) => boolean,
  expected: string,
): (r: CheckedResource) => Verdict {
  return (r) => {
    const name = parameterName(r);
    if (!names.includes(name)) return notApplicable(`configures ${name}, not ${names.join(" or ")}`);
    const value = r.props.value;
    if (typeof value === "string" && ok(value.trim())) return pass();
    return fail("value", `server parameter ${name} is ${JSON.stringify(value ?? "unset")}; set it to ${expected}`);
  };
}

export const isOn = (v: string): boolean => ["on", "true", "1"].includes(v.toLowerCase());
