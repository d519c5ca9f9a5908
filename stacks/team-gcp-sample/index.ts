import * as compute from "@pulumi/gcp/compute";
import * as kms from "@pulumi/gcp/kms";
import * as storage from "@pulumi/gcp/storage";
import * as pulumi from "@pulumi/pulumi";

// Submodules only, so the program does not load the whole @pulumi/gcp SDK.
const config = new pulumi.Config();
const hardened = config.requireBoolean("hardened");

const ring = new kms.KeyRing("app", { location: "europe-west1" });
const key = new kms.CryptoKey("app-data", {
  keyRing: ring.id,
  ...(hardened ? { rotationPeriod: "7776000s" } : {}),
});

const bucket = new storage.Bucket("assets", {
  location: "EU",
  uniformBucketLevelAccess: hardened,
  publicAccessPrevention: hardened ? "enforced" : "inherited",
  versioning: { enabled: true },
  encryption: { defaultKmsKeyName: key.id },
  labels: { team: "catalog" },
});

new storage.BucketIAMMember("assets-reader", {
  bucket: bucket.name,
  role: "roles/storage.objectViewer",
  // The hurried version serves assets straight from the bucket to everyone.
  member: hardened ? "group:catalog-readers@acme.example" : "allUsers",
});

new compute.Firewall("admin", {
  network: "default",
  direction: "INGRESS",
  sourceRanges: hardened ? ["35.235.240.0/20"] : ["0.0.0.0/0"],
  allows: [{ protocol: "tcp", ports: ["22"] }],
});
