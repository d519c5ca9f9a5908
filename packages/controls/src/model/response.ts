/**
 * Response forms: how a deployed resource that violates a control is remediated after the fact, by a runbook of
 * `@palisade/respond` that the landing zone deploys (Lambda, Azure Function, Cloud Function). The same control id,
 * rationale and framework mappings as the check and the preventive form, so the report can count a requirement as
 * prevented, checked at preview and automatically remediated.
 */
export interface ResponseForm {
  /** The runbook id in `@palisade/respond` (`packages/respond/src/<cloud>/`); a test ties the two together. */
  runbook: string;
  /** What fires it: the detection source and event, in words (`GuardDuty UnauthorizedAccess:IAMUser/…`). */
  trigger: string;
  /** What it does, named by the API calls it makes. */
  action: string;
  /**
   * `remediate` puts the resource back into compliance; `contain` isolates a compromised resource and keeps evidence;
   * `alert` only notifies with context (nothing is changed).
   */
  kind: "remediate" | "contain" | "alert";
}
