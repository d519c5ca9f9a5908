import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const pubsubSubscriptionNotPublic = defineControl(
  publicIamControl({
    id: "gcp-pubsub-subscription-not-public",
    service: "pubsub",
    noun: "Pub/Sub subscriptions",
    rationale: "A public grant on a subscription lets anyone pull (and acknowledge away) the messages meant for the workload.",
    severity: "high",
    iamTypes: [
      "gcp:pubsub/subscriptionIAMMember:SubscriptionIAMMember",
      "gcp:pubsub/subscriptionIAMBinding:SubscriptionIAMBinding",
      "gcp:pubsub/subscriptionIAMPolicy:SubscriptionIAMPolicy",
    ],
    target: { subscription: "orders-worker" },
    role: "roles/pubsub.subscriber",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
