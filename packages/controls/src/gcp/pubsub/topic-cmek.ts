import { defineControl } from "../../model/control";
import { CMEK, gcpSettingControl } from "../../shared/gcp-setting";

export const pubsubTopicCmek = defineControl(
  gcpSettingControl({
    id: "gcp-pubsub-topic-cmek",
    service: "pubsub",
    title: "Pub/Sub topics are encrypted with a customer-managed key",
    rationale:
      "Messages at rest under a Cloud KMS key the organisation controls can be made unreadable by disabling the key, and every decryption is logged.",
    remediation: "Set kmsKeyName to a Cloud KMS key and grant the Pub/Sub service agent encrypter/decrypter on it.",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:pubsub/topic:Topic"],
    path: "kmsKeyName",
    ok: (v) => typeof v === "string" && v !== "",
    unset: { passes: false, meaning: "Google-managed keys" },
    want: "set it to a Cloud KMS key",
    good: ["projects/p/locations/europe-west1/keyRings/r/cryptoKeys/pubsub"],
    bad: [""],
    base: { name: "orders" },
    frameworks: CMEK,
    tags: ["encryption-at-rest", "key-management"],
  }),
);
