import { allControls, FRAMEWORK_IDS, loadFramework } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { frameworkAutomation, notAutomatableReasons, relevantFrameworks } from "./frameworks";

describe("framework automation", () => {
  it.each(FRAMEWORK_IDS)("%s: every requirement is automated, manual with a reason, or not covered yet", (id) => {
    const fa = frameworkAutomation(id);
    const catalogue = loadFramework(id);
    expect(fa.requirements.map((r) => r.requirement.id)).toEqual(catalogue.requirements.map((r) => r.id));
    const c = fa.coverage;
    expect(c.automated + c.manual + c.notCovered).toBe(c.requirements);
    expect(c.preventive + c.previewOnly).toBe(c.automated);
    expect(c.response).toBe(fa.requirements.filter((r) => r.enforcedAt.includes("response")).length);
    for (const r of fa.requirements) {
      if (r.automation === "automated") {
        expect(r.controls.length).toBeGreaterThan(0);
        expect(r.enforcedAt).toContain("preview");
        // enforcedAt comes from the mapped controls' enforcement points.
        const preventive = r.controls.some((cid) => (allControls.find((x) => x.id === cid)?.preventive?.length ?? 0) > 0);
        expect(r.enforcedAt.includes("preventive")).toBe(preventive);
        const response = r.controls.some((cid) => (allControls.find((x) => x.id === cid)?.response?.length ?? 0) > 0);
        expect(r.enforcedAt.includes("response")).toBe(response);
      } else if (r.automation === "manual") expect(r.reason).toBeTruthy();
      else expect(r.reason).toBeNull();
    }
  });

  it.each(FRAMEWORK_IDS)("%s: the not-automatable reasons name requirements of the catalogue", (id) => {
    const ids = new Set(loadFramework(id).requirements.map((r) => r.id));
    for (const [req, reason] of Object.entries(notAutomatableReasons(id))) {
      expect(ids.has(req), `${id} has no requirement ${req}`).toBe(true);
      expect(reason.trim().length).toBeGreaterThan(20);
    }
  });

  it.each(FRAMEWORK_IDS.filter((id) => id.startsWith("cis-")))(
    "%s: every recommendation CIS classes as Manual is automated or has a reason",
    (id) => {
      const fa = frameworkAutomation(id);
      const missing = fa.requirements
        .filter((r) => r.requirement.assessment === "Manual" && r.automation === "not-covered")
        .map((r) => r.requirement.id);
      expect(missing).toEqual([]);
    },
  );

  it("explains the common account-level cases such as root MFA and contact details", () => {
    const reasons = notAutomatableReasons("cis-aws-7.0");
    expect(reasons["2.5"]).toMatch(/root user/i);
    expect(reasons["2.2"]).toMatch(/contact/i);
  });

  it("selects the frameworks of the clouds present, and the cloud-neutral ones", () => {
    const aws = relevantFrameworks(["aws"], true);
    expect(aws).toContain("cis-aws-7.0");
    expect(aws).toContain("aws-fsbp");
    expect(aws).toContain("nist-800-53-r5");
    expect(aws).not.toContain("cis-azure-6.0");
    expect(relevantFrameworks([], false)).toEqual([]);
    expect(relevantFrameworks(["gcp", "azure"], true)).toEqual(
      expect.arrayContaining(["cis-gcp-5.0", "cis-gcp-3.0", "cis-azure-6.0", "cis-azure-3.0", "soc2"]),
    );
  });
});

describe("automated response", () => {
  it("requirements mapped by a control with a response form count as auto-remediated", () => {
    // aws-ec2-security-group-admin-ports maps CIS AWS 7.0 6.3 and carries a response form.
    const fa = frameworkAutomation("cis-aws-7.0");
    const req = fa.requirements.find((r) => r.requirement.id === "6.3")!;
    expect(req.enforcedAt).toContain("response");
    expect(fa.coverage.response).toBeGreaterThan(0);
    expect(fa.coverage.response).toBeLessThanOrEqual(fa.coverage.automated);
  });
});
