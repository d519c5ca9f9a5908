import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const secretmanagerSecretRotation = defineControl(
  gcpSettingControl({
    id: "gcp-secretmanager-secret-rotation",
    service: "secretmanager",
    title: "Secret Manager secrets have a rotation schedule",
    rationale:
      "A secret without a rotation schedule stays valid until someone remembers it; rotation notifications to Pub/Sub let the owning service issue and roll out a new version on a known cadence.",
    remediation:
      'Set rotation: { rotationPeriod: "7776000s", nextRotationTime } and topics naming the Pub/Sub topic the rotator listens on.',
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:secretmanager/secret:Secret"],
    path: "rotation.rotationPeriod",
    ok: (v) => typeof v === "string" && v !== "",
    unset: { passes: false, meaning: "no rotation schedule" },
    want: 'set it (e.g. "7776000s") with a rotation topic',
    good: ["7776000s"],
    bad: [""],
    base: { secretId: "db-password", replication: { auto: {} }, topics: [{ name: "projects/p/topics/rotate" }] },
    frameworks: {
      "nist-800-53-r5": ["IA-5"],
      soc2: ["CC6.1"],
      "iso27001-2022": ["A.5.17"],
      "pci-dss-4.0": ["8.6.3"],
    },
    tags: ["secrets", "credentials"],
  }),
);
