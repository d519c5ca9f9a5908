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
