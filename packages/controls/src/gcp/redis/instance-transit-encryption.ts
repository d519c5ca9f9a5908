import { defineControl } from "../../model/control";
import { GCP_TLS, gcpSettingControl } from "../../shared/gcp-setting";

export const redisInstanceTransitEncryption = defineControl(
  gcpSettingControl({
    id: "gcp-redis-instance-transit-encryption",
    service: "redis",
    title: "Memorystore for Redis instances encrypt connections",
    rationale: "With transitEncryptionMode DISABLED the AUTH string and every cached value cross the VPC in clear text.",
    remediation: 'Set transitEncryptionMode: "SERVER_AUTHENTICATION" (only when creating the instance).',
    severity: "high",
    resourceTypes: ["gcp:redis/instance:Instance"],
    path: "transitEncryptionMode",
    ok: (v) => v === "SERVER_AUTHENTICATION",
    unset: { passes: false, meaning: "DISABLED" },
    want: 'set it to "SERVER_AUTHENTICATION"',
    good: ["SERVER_AUTHENTICATION"],
    bad: ["DISABLED"],
    base: { memorySizeGb: 1, region: "europe-west1", authEnabled: true },
    frameworks: GCP_TLS,
    tags: ["encryption-in-transit", "database"],
  }),
);
