import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const pubsubTopicNotPublic = defineControl(
  publicIamControl({
    id: "gcp-pubsub-topic-not-public",
    service: "pubsub",
    noun: "Pub/Sub topics",
    rationale: "A public grant on a topic lets anyone publish (forged events into every subscriber) or, with viewer roles, enumerate it.",
    severity: "high",
    iamTypes: [
      "gcp:pubsub/topicIAMMember:TopicIAMMember",
      "gcp:pubsub/topicIAMBinding:TopicIAMBinding",
      "gcp:pubsub/topicIAMPolicy:TopicIAMPolicy",
    ],
    target: { topic: "orders" },
    role: "roles/pubsub.publisher",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
