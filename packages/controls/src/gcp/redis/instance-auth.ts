import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const redisInstanceAuth = defineControl(
  gcpSettingControl({
    id: "gcp-redis-instance-auth",
    service: "redis",
    title: "Memorystore for Redis instances require AUTH",
    rationale: "Without AUTH any client that reaches the instance's private IP can read and overwrite the cache.",
    remediation: "Set authEnabled: true and give clients the AUTH string from Secret Manager.",
    severity: "high",
    resourceTypes: ["gcp:redis/instance:Instance"],
    path: "authEnabled",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false" },
    want: "set it to true",
    good: [true],
    bad: [false],
    base: { memorySizeGb: 1, region: "europe-west1" },
    frameworks: { "nist-800-53-r5": ["IA-2", "AC-3"], soc2: ["CC6.1"], "iso27001-2022": ["A.8.5"], "pci-dss-4.0": ["8.2.2"] },
    tags: ["identity", "database"],
  }),
);
