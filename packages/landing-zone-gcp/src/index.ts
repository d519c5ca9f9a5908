/**
 * @palisade/landing-zone-gcp: the Google Cloud landing zone as Pulumi components. Its organisation policies
 * are the preventive forms of the Palisade controls, so the landing zone enforces exactly what the policy
 * pack checks at preview and the reports count.
 */
export * from "./builtin-constraints";
export * from "./components/central-logging";
export * from "./components/guardrail-policies";
export * from "./components/hierarchy";
export * from "./components/key-management";
export * from "./components/landing-zone";
export * from "./components/response";
export * from "./components/shared-vpc";
export * from "./config";
export * from "./guardrails";
