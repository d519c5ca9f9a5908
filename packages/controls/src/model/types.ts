/** Vocabulary shared by every control, the packs, the landing zones and the reports. */

export type Cloud = "aws" | "azure" | "gcp";
export const CLOUDS: readonly Cloud[] = ["aws", "azure", "gcp"];

export type Severity = "low" | "medium" | "high" | "critical";
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

/** CrossGuard enforcement levels (`remediate` fixes the resource before it is deployed). */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** Framework catalogues shipped in `packages/controls/frameworks/<id>.json`. */
export const FRAMEWORK_IDS = [
  "cis-aws-7.0",
  "cis-aws-3.0",
  "cis-azure-6.0",
  "cis-azure-3.0",
  "cis-gcp-5.0",
  "cis-gcp-3.0",
  "nist-800-53-r5",
  "soc2",
  "iso27001-2022",
  "pci-dss-4.0",
  "hipaa",
  "aws-fsbp",
] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** Requirement ids per framework, in the framework's own notation: `AC-3`, `CC6.1`, `164.312(a)(2)(iv)`, `A.8.24`. */
export type FrameworkMappings = Partial<Record<FrameworkId, readonly string[]>>;
