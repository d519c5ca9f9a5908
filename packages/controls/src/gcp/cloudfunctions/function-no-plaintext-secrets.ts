import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

const V1 = "gcp:cloudfunctions/function:Function";
const V2 = "gcp:cloudfunctionsv2/function:Function";
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|connection[_-]?string)/i;

export const cloudfunctionsFunctionNoPlaintextSecrets = defineControl({
  id: "gcp-cloudfunctions-function-no-plaintext-secrets",
  title: "Cloud Functions take secrets from Secret Manager, not plain environment variables",
  rationale:
    "Environment variables are visible to anyone who can view the function and are stored in its configuration and the Pulumi state.",
  severity: "high",
  cloud: "gcp",
  service: "cloudfunctions",
  resourceTypes: [V1, V2],
  frameworks: {
    "cis-gcp-5.0": ["1.18"],
    "cis-gcp-3.0": ["1.17"],
    "nist-800-53-r5": ["IA-5", "SC-28", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["8.3.2", "3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Move the value to Secret Manager and reference it with secretEnvironmentVariables (v1) or serviceConfig.secretEnvironmentVariables (v2).",
  enforcementLevel: "mandatory",
  tags: ["secrets"],
  check: (r) => {
    const env = r.type === V2 ? r.props.serviceConfig?.environmentVariables : r.props.environmentVariables;
    const prefix = r.type === V2 ? "serviceConfig.environmentVariables" : "environmentVariables";
    const violations: Violation[] = [];
    if (env && typeof env === "object" && !Array.isArray(env)) {
      for (const key of Object.keys(env)) {
        if (SECRET_NAME.test(key) && typeof env[key] === "string" && env[key] !== "") {
          violations.push({
            property: `${prefix}.${key}`,
            message: `${key} looks like a secret in a plain environment variable; use Secret Manager (secretEnvironmentVariables)`,
          });
        }
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [[{ type: V1, props: { runtime: "nodejs20", environmentVariables: { LOG_LEVEL: "info", DB_PASSWORD_SECRET: "" } } }]],
    nonCompliant: [
      [{ type: V1, props: { runtime: "nodejs20", environmentVariables: { DB_PASSWORD: "hunter2" } } }],
      [{ type: V2, props: { location: "europe-west1", serviceConfig: { environmentVariables: { STRIPE_API_KEY: "sk_live_123" } } } }],
    ],
  },
});
