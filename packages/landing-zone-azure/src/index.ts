/**
 * @palisade/landing-zone-azure: the Azure landing zone as Pulumi components. The guardrails are the
 * preventive forms of the Palisade controls, so the landing zone enforces exactly what the policy pack
 * checks at preview and the reports count.
 */
export * from "./components/connectivity";
export * from "./components/guardrail-policies";
export * from "./components/key-management";
export * from "./components/landing-zone";
export * from "./components/management";
export * from "./components/management-groups";
export * from "./components/response";
export * from "./config";
export * from "./conventions";
export * from "./policies";
