import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allControls, coverage, type FRAMEWORK_IDS, loadFramework } from "./index";
import { readPaths, runExample, withoutRefs, withUnknownAt } from "./testing/harness";

/**
 * The contract every control keeps, checked on the examples the control carries: compliant examples
 * pass (or are not applicable), non-compliant ones fail, and an unknown in any value the check reads
 * never passes.
 */

describe("control catalogue", () => {
  it("has unique ids and at least five controls per cloud", () => {
    const ids = allControls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cloud of ["aws", "azure", "gcp"]) {
      expect(allControls.filter((c) => c.cloud === cloud).length).toBeGreaterThanOrEqual(5);
    }
  });

  it("maps only to requirement ids that exist in the framework catalogues", () => {
    const missing: string[] = [];
    for (const c of allControls) {
      for (const [fw, reqs] of Object.entries(c.frameworks)) {
        const known = new Set(loadFramework(fw as (typeof FRAMEWORK_IDS)[number]).requirements.map((r) => r.id));
        for (const r of reqs ?? []) if (!known.has(r)) missing.push(`${c.id} → ${fw} ${r}`);
      }
    }
    expect(missing).toEqual([]);
  });

  /**
   * CIS AWS covers a fraction of what can be decided from AWS resource configuration. Where CIS has no
   * recommendation an AWS control is anchored in AWS's own benchmark, Foundational Security Best
   * Practices; the few controls with a recommendation in neither are listed here, each by decision.
   */
  const NO_BENCHMARK_RECOMMENDATION = new Set([
    "aws-ec2-ami-not-public", // public AMIs: FSBP has no AMI control in this catalogue
    "aws-dynamodb-table-cmk-encryption", // customer-managed keys for DynamoDB: not in CIS or FSBP
    "aws-elb-listener-tls-policy", // ELBv2 TLS policy (FSBP ELB.17) is not in this FSBP catalogue
    "aws-iam-policy-no-privilege-escalation", // privilege-escalation paths (Rhino Security Labs)
    "aws-iam-policy-no-wildcard-passrole",
    "aws-iam-role-cross-account-external-id",
    "aws-kms-key-policy-no-wildcard-admin",
    "aws-tagging-required-tags", // governance, mapped to NIST CM-8 / ISO A.5.9
    "aws-iam-no-high-risk-managed-policies", // AWS-managed policy tiers: CIS 2.14 / FSBP IAM.1 cover only "*:*"
    "aws-ec2-nacl-database-ports",
    "aws-lambda-function-xray-tracing", // Checkov CKV_AWS_50; FSBP Lambda.7 is newer than this FSBP catalogue
    "aws-lambda-function-environment-kms", // Checkov CKV_AWS_173 // CIS and FSBP EC2.21 cover only ports 22 and 3389 in network ACLs
    // Checkov-class checks whose FSBP counterparts (where AWS has one) postdate this FSBP catalogue.
    "aws-firehose-delivery-stream-encrypted", // FSBP DataFirehose.1
    "aws-mq-broker-logging", // FSBP MQ.2 (ActiveMQ audit logs)
    "aws-mq-broker-not-public", // Checkov CKV_AWS_69
    "aws-glue-data-catalog-encryption", // Checkov CKV_AWS_94
    "aws-glue-security-configuration-encryption", // Checkov CKV_AWS_99
    "aws-ses-configuration-set-tls", // Checkov CKV_AWS_365
    "aws-transfer-server-no-ftp", // FSBP Transfer.2
    "aws-cloudwatch-log-group-encrypted", // Checkov CKV_AWS_158
    "aws-cloudwatch-log-group-retention", // FSBP CloudWatch.16
    "aws-cloudwatch-metric-alarm-actions", // FSBP CloudWatch.15
    "aws-secretsmanager-secret-cmk", // Checkov CKV_AWS_149
    // Google Cloud: GKE has its own CIS benchmark (CIS GKE), which is not in the Foundation catalogues; the rest
    // are hardening the CIS GCP Foundation benchmark does not cover (see docs/gcp.md).
    "gcp-container-cluster-private-nodes", // CIS GKE 5.6.5
    "gcp-container-cluster-control-plane-access", // CIS GKE 5.6.3, 5.6.4
    "gcp-container-cluster-workload-identity", // CIS GKE 5.2.2
    "gcp-container-cluster-shielded-nodes", // CIS GKE 5.5.5
    "gcp-container-cluster-network-policy", // CIS GKE 5.6.7
    "gcp-container-cluster-legacy-abac-disabled", // CIS GKE 5.8.4
    "gcp-container-cluster-client-certificate-disabled", // CIS GKE 5.8.2
    "gcp-iam-no-basic-roles-for-users", // least privilege for people (Google's IAM recommender)
    "gcp-compute-firewall-database-ports", // CIS covers only SSH and RDP (3.6, 3.7)
    "gcp-compute-firewall-logging",
    "gcp-compute-subnet-private-google-access",
    "gcp-compute-network-peering-allowed", // org policy compute.restrictVpcPeering
    "gcp-org-allowed-locations", // data residency, org policy gcp.resourceLocations
    "gcp-storage-bucket-versioning",
    "gcp-storage-bucket-cmek", // CIS asks CMEK for BigQuery and Dataproc only
    "gcp-storage-bucket-access-logging", // dropped from CIS GCP after 1.x
    // Checkov-class hardening CIS GCP Foundations does not cover (GKE items are CIS GKE; see docs/gcp.md).
    "gcp-artifactregistry-repository-cmek",
    "gcp-artifactregistry-repository-not-public",
    "gcp-bigquery-table-not-public",
    "gcp-cloudfunctions-function-https-only",
    "gcp-cloudfunctions-function-ingress",
    "gcp-cloudfunctions-function-not-public",
    "gcp-cloudfunctions-function-v2-ingress",
    "gcp-cloudrun-service-dedicated-service-account",
    "gcp-cloudrun-service-ingress",
    "gcp-cloudrun-service-not-public",
    "gcp-compute-disk-cmek",
    "gcp-container-cluster-alpha-disabled", // CIS GKE benchmark
    "gcp-container-cluster-binary-authorization", // CIS GKE benchmark
    "gcp-container-cluster-intranode-visibility", // CIS GKE benchmark
    "gcp-container-cluster-logging", // CIS GKE benchmark
    "gcp-container-cluster-monitoring", // CIS GKE benchmark
    "gcp-container-cluster-release-channel", // CIS GKE benchmark
    "gcp-container-cluster-secrets-encryption", // CIS GKE benchmark
    "gcp-container-node-pool-auto-repair", // CIS GKE benchmark
    "gcp-container-node-pool-auto-upgrade", // CIS GKE benchmark
    "gcp-container-node-pool-cos-image", // CIS GKE benchmark
    "gcp-container-node-pool-integrity-monitoring", // CIS GKE benchmark
    "gcp-container-node-pool-secure-boot", // CIS GKE benchmark
    "gcp-container-node-pool-service-account", // CIS GKE benchmark
    "gcp-dataproc-cluster-internal-ip-only",
    "gcp-dataproc-cluster-not-public",
    "gcp-pubsub-subscription-not-public",
    "gcp-pubsub-topic-cmek",
    "gcp-pubsub-topic-not-public",
    "gcp-redis-instance-auth",
    "gcp-redis-instance-transit-encryption",
    "gcp-secretmanager-secret-not-public",
    "gcp-secretmanager-secret-rotation",
    "gcp-sql-instance-cmek",
    "gcp-storage-bucket-soft-delete",
    // Azure: CIS Azure Foundations 3.0+ moved databases, compute and AKS into separate CIS benchmarks (Database
    // Services, Compute Services, AKS) that are not in our catalogues; governance has no CIS recommendation
    // (see docs/azure.md).
    "azure-resources-allowed-locations", // data residency, built-in policy "Allowed locations"
    "azure-resources-required-tags", // governance, mapped to NIST CM-8 / ISO A.5.9
    "azure-sql-minimum-tls", // CIS Azure Database Services benchmark
    "azure-dbformysql-public-network-access", // CIS Azure Database Services benchmark
    "azure-network-nsg-database-ports", // CIS covers only RDP, SSH, UDP and HTTP(S) (7.1-7.4)
    "azure-compute-vm-encryption-at-host", // CIS Azure Compute Services benchmark
    "azure-compute-vm-managed-identity", // CIS Azure Compute Services benchmark
    "azure-containerservice-private-cluster", // CIS AKS benchmark
    "azure-containerservice-rbac-enabled", // CIS AKS benchmark
    "azure-containerservice-entra-integration", // CIS AKS benchmark
    "azure-containerservice-network-policy", // CIS AKS benchmark
    "azure-containerservice-local-accounts-disabled", // CIS AKS benchmark
    "azure-containerservice-policy-addon", // CIS AKS benchmark
    // Azure services CIS Azure Foundations does not cover (Checkov-class hardening; the allow-all firewall
    // family beyond SQL; the CIS Compute and Database benchmarks are not in our catalogues).
    "azure-compute-linux-password-authentication", // CIS Azure Compute Services benchmark
    "azure-redis-non-ssl-port-disabled", // CIS Azure Database Services benchmark
    "azure-redis-firewall-allow-all",
    "azure-synapse-firewall-allow-all",
    "azure-cosmosdb-ip-rules-allow-all",
    "azure-storage-ip-rules-allow-all",
    "azure-keyvault-ip-rules-allow-all",
    "azure-containerregistry-ip-rules-allow-all",
    "azure-eventhub-public-network-access",
    "azure-servicebus-public-network-access",
    "azure-containerregistry-public-network-access",
    "azure-redis-public-network-access",
    "azure-appconfiguration-public-network-access",
    "azure-cognitiveservices-public-network-access",
    "azure-search-public-network-access",
    "azure-datafactory-public-network-access",
    "azure-synapse-public-network-access",
    "azure-machinelearningservices-public-network-access",
    "azure-web-public-network-access",
    "azure-eventhub-local-auth-disabled",
    "azure-servicebus-local-auth-disabled",
    "azure-appconfiguration-local-auth-disabled",
    "azure-cognitiveservices-local-auth-disabled",
    "azure-search-local-auth-disabled",
    "azure-redis-access-keys-disabled",
    "azure-containerregistry-admin-user-disabled",
    "azure-eventhub-minimum-tls",
    "azure-servicebus-minimum-tls",
    "azure-redis-minimum-tls",
    "azure-containerregistry-anonymous-pull-disabled",
    "azure-cosmosdb-key-based-metadata-write-disabled",
    "azure-appconfiguration-purge-protection",
    "azure-storage-sftp-disabled",
    "azure-web-client-certificates",
    "azure-web-cors-no-wildcard",
    "azure-synapse-entra-only-authentication",
    "azure-synapse-managed-virtual-network",
    "azure-containerservice-auto-upgrade", // CIS AKS benchmark
    "azure-containerservice-defender", // CIS AKS benchmark
    "azure-compute-windows-automatic-updates", // CIS Azure Compute Services benchmark
    "azure-containerservice-disk-encryption-set", // CIS AKS benchmark
    "azure-containerservice-key-vault-secrets-provider", // CIS AKS benchmark
  ]);

  it("maps every control to its cloud's benchmarks (CIS, or for AWS CIS or FSBP) and to NIST 800-53", () => {
    for (const c of allControls) {
      const cis = Object.keys(c.frameworks).filter((f) => f.startsWith(`cis-${c.cloud}-`));
      const fsbp = c.cloud === "aws" && (c.frameworks["aws-fsbp"]?.length ?? 0) > 0;
      if (NO_BENCHMARK_RECOMMENDATION.has(c.id)) {
        expect(cis.length > 0 || fsbp, `${c.id} is listed as having no benchmark recommendation but maps to one`).toBe(false);
      } else if (c.cloud === "aws") {
        expect(cis.length > 0 || fsbp, c.id).toBe(true);
      } else {
        expect(cis.length, c.id).toBeGreaterThan(0);
      }
      expect(c.frameworks["nist-800-53-r5"]?.length, c.id).toBeGreaterThan(0);
    }
  });

  it("names provider type tokens in pkg:module:Type form, on the control's own cloud", () => {
    const pkg = { aws: "aws", azure: "azure-native", gcp: "gcp" } as const;
    for (const c of allControls) {
      for (const t of c.resourceTypes) {
        expect(t, c.id).toMatch(/^[a-z-]+:[A-Za-z0-9/.-]+:[A-Za-z0-9]+$/);
        expect(t.startsWith(`${pkg[c.cloud]}:`), `${c.id}: ${t}`).toBe(true);
      }
    }
  });

  it("keeps the generated per-cloud indexes current", () => {
    const script = join(__dirname, "..", "scripts", "generate-index.mjs");
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("reports coverage per framework", () => {
    const cov = coverage("cis-aws-7.0", allControls);
    expect(cov.total).toBe(70);
    expect(cov.automated).toBeGreaterThan(0);
    expect(cov.byRequirement.get("6.7")?.map((c) => c.id)).toContain("aws-ec2-instance-imdsv2");
  });
});

describe.each(allControls.map((c) => [c.id, c] as const))("%s", (_id, control) => {
  it.each(control.examples.compliant.map((e, i) => [i, e] as const))("passes compliant example %i", (_i, example) => {
    expect(["pass", "not-applicable"]).toContain(runExample(control, example).status);
  });

  it.each(control.examples.nonCompliant.map((e, i) => [i, e] as const))(
    "fails non-compliant example %i, naming the property",
    (_i, example) => {
      const verdict = runExample(control, example);
      expect(verdict.status).toBe("fail");
      if (verdict.status === "fail") {
        for (const v of verdict.violations) {
          expect(v.property.length).toBeGreaterThan(0);
          expect(v.message.length).toBeGreaterThan(10);
        }
      }
    },
  );

  it("never passes when a value it reads is unknown at preview", () => {
    let substitutions = 0;
    for (const example of control.examples.compliant) {
      for (const at of readPaths(control, example)) {
        // Decisive reads go through the props bag; for correlated checks, an unknown on the related
        // resource's side (with no dependency to link it) must not pass either. Unknown identifiers of the
        // subject itself may legitimately pass when another identifier links the resources.
        if (at.via === "peek" && at.resource === 0) continue;
        const variant = at.via === "peek" ? withUnknownAt(withoutRefs(example), at) : withUnknownAt(example, at);
        const verdict = runExample(control, variant);
        substitutions++;
        expect(verdict.status, `unknown at resource ${at.resource} .${at.path.join(".")} (${at.via})`).not.toBe("pass");
      }
    }
    // Relations: with no dependency to link them, an unknown reference on the related side must not pass.
    for (const example of control.examples.compliant) {
      example.forEach((r, i) => {
        for (const property of Object.keys(r.refs ?? {})) {
          const verdict = runExample(control, withUnknownAt(withoutRefs(example), { resource: i, path: [property], via: "peek" }));
          substitutions++;
          expect(verdict.status, `unknown reference ${r.type}.${property}`).not.toBe("pass");
        }
      });
    }
    expect(substitutions).toBeGreaterThan(0);
  });
});
