/**
 * @palisade/landing-zone-aws: the AWS multi-account landing zone as Pulumi components. The guardrails
 * are the preventive forms of the Palisade controls, so the landing zone enforces exactly what the
 * policy pack checks at preview and the reports count.
 */
export * from "./components/account-baseline";
export * from "./components/central-logging";
export * from "./components/detection";
export * from "./components/guardrail-policies";
export * from "./components/identity-center";
export * from "./components/landing-zone";
export * from "./components/network-hub";
export * from "./components/organization";
export * from "./components/purpose-key";
export * from "./components/response";
export * from "./components/security-services";
export * from "./components/trail-alarms";
export * from "./config";
export * from "./conventions";
export * from "./detection-rules";
export * from "./guardrail-doc";
export * from "./guardrails";
