import { run } from "@bufbuild/cel";
import { type Control, gcpControls } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import type { GcpCustomConstraintForm } from "./guardrails";

/**
 * Every custom constraint's CEL condition, evaluated with a real CEL implementation (@bufbuild/cel) over
 * resources shaped as the service's REST API returns them: the condition is true (DENY) for the
 * non-compliant resource and false for the compliant one.
 */

type Rest = Record<string, unknown>;
/** REST-shaped samples per constraint: [compliant…], [non-compliant…]. */
const SAMPLES: Record<string, { compliant: Rest[]; nonCompliant: Rest[] }> = {
  "custom.kmsCryptoKeyRotation90Days": {
    compliant: [
      { name: "projects/p/locations/l/keyRings/r/cryptoKeys/k", purpose: "ENCRYPT_DECRYPT", rotationPeriod: "7776000s" },
      { name: "projects/p/locations/l/keyRings/r/cryptoKeys/sign", purpose: "ASYMMETRIC_SIGN" },
    ],
    nonCompliant: [
      { name: "projects/p/locations/l/keyRings/r/cryptoKeys/k", purpose: "ENCRYPT_DECRYPT", rotationPeriod: "31536000s" },
      { name: "projects/p/locations/l/keyRings/r/cryptoKeys/k", purpose: "ENCRYPT_DECRYPT" },
    ],
  },
  "custom.sqlInstanceRequireSsl": {
    compliant: [{ databaseVersion: "POSTGRES_16", settings: { ipConfiguration: { sslMode: "ENCRYPTED_ONLY" } } }],
    nonCompliant: [{ databaseVersion: "POSTGRES_16", settings: { ipConfiguration: { sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" } } }],
  },
  "custom.sqlInstanceBackups": {
    compliant: [
      { instanceType: "CLOUD_SQL_INSTANCE", settings: { backupConfiguration: { enabled: true } } },
      { instanceType: "READ_REPLICA_INSTANCE", settings: { backupConfiguration: { enabled: false } } },
    ],
    nonCompliant: [{ instanceType: "CLOUD_SQL_INSTANCE", settings: { backupConfiguration: { enabled: false } } }],
  },
  "custom.gkeRequirePrivateNodes": {
    compliant: [{ name: "c", privateClusterConfig: { enablePrivateNodes: true } }],
    nonCompliant: [{ name: "c", privateClusterConfig: { enablePrivateNodes: false } }, { name: "c" }],
  },
  "custom.gkeRestrictControlPlaneAccess": {
    compliant: [
      { name: "c", privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } },
      { name: "c", masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: "10.0.0.0/8" }] } },
    ],
    nonCompliant: [{ name: "c", masterAuthorizedNetworksConfig: { enabled: false } }, { name: "c" }],
  },
  "custom.gkeRequireWorkloadIdentity": {
    compliant: [{ name: "c", workloadIdentityConfig: { workloadPool: "p.svc.id.goog" } }],
    nonCompliant: [{ name: "c" }, { name: "c", workloadIdentityConfig: { workloadPool: "" } }],
  },
  "custom.gkeRequireShieldedNodes": {
    compliant: [{ name: "c", shieldedNodes: { enabled: true } }],
    nonCompliant: [{ name: "c", shieldedNodes: { enabled: false } }],
  },
  "custom.gkeRequireNetworkPolicy": {
    compliant: [
      { name: "c", networkConfig: { datapathProvider: "ADVANCED_DATAPATH" } },
      { name: "c", networkPolicy: { enabled: true, provider: "CALICO" } },
    ],
    nonCompliant: [{ name: "c", networkConfig: { datapathProvider: "LEGACY_DATAPATH" }, networkPolicy: { enabled: false } }, { name: "c" }],
  },
  "custom.gkeDisableLegacyAbac": {
    compliant: [{ name: "c", legacyAbac: { enabled: false } }, { name: "c" }],
    nonCompliant: [{ name: "c", legacyAbac: { enabled: true } }],
  },
  "custom.gkeDisableClientCertificate": {
    compliant: [
      { name: "c", masterAuth: { clientCertificateConfig: { issueClientCertificate: false } } },
      { name: "c", masterAuth: {} },
    ],
    nonCompliant: [{ name: "c", masterAuth: { clientCertificateConfig: { issueClientCertificate: true } } }],
  },
};

/** The Cloud SQL flag controls' examples are already shaped like the Admin API's Instance (databaseVersion, settings.databaseFlags). */
function samplesFromExamples(control: Control): { compliant: Rest[]; nonCompliant: Rest[] } {
  const rest = (props: Rest) => ({ instanceType: "CLOUD_SQL_INSTANCE", ...props });
  return {
    compliant: control.examples.compliant.map((e) => rest(e[0].props)),
    nonCompliant: control.examples.nonCompliant.map((e) => rest(e[0].props)),
  };
}

/** JSON → CEL values: objects become maps (field selection and has() work on map keys). */
function toCel(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toCel);
  if (v !== null && typeof v === "object") return new Map(Object.entries(v).map(([k, x]) => [k, toCel(x)]));
  return v;
}

const constraints = gcpControls.flatMap((c) =>
  (c.preventive ?? [])
    .filter((f): f is GcpCustomConstraintForm => f.kind === "gcp-custom-constraint")
    .map((form) => ({ control: c, form })),
);

describe("custom constraints, evaluated with CEL", () => {
  it("exist for the controls without a built-in constraint", () => {
    expect(constraints.length).toBeGreaterThanOrEqual(20);
  });

  it.each(constraints.map(({ control, form }) => [form.name, control, form] as const))(
    "%s denies the non-compliant resource and allows the compliant one",
    (name, control, form) => {
      const samples =
        SAMPLES[name] ??
        (form.resourceTypes.includes("sqladmin.googleapis.com/Instance") && control.id.startsWith("gcp-sql-")
          ? samplesFromExamples(control)
          : undefined);
      expect(samples, `no REST samples for ${name}`).toBeDefined();
      expect(form.actionType).toBe("DENY");
      for (const resource of samples!.nonCompliant)
        expect(run(form.condition, { resource: toCel(resource) } as never), `${name} on ${JSON.stringify(resource)}`).toBe(true);
      for (const resource of samples!.compliant)
        expect(run(form.condition, { resource: toCel(resource) } as never), `${name} on ${JSON.stringify(resource)}`).toBe(false);
    },
  );
});
