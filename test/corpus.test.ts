import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { palisade, ROOT } from "./helpers";

/**
 * Real public Pulumi programs (test/corpus, from pulumi/examples, Apache-2.0) previewed offline through
 * Palisade's packs over gRPC, as `pulumi preview --policy-pack` would: each must end with exit 0 or 1,
 * never with an engine, program-loading or pack error. Several were the failures of issue #10 (see
 * test/corpus/README.md): whole resources as inputs, closures serialized for Lambda/Cloud Functions.
 */

const CORPUS = join(ROOT, "test", "corpus");
const programs = readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, "Pulumi.yaml")));
const RESOURCE_REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";

describe("the corpus of real programs", () => {
  it("has at least 20 programs across AWS, Azure and Google Cloud", () => {
    expect(programs.length).toBeGreaterThanOrEqual(20);
    const clouds = new Set(programs.map((name) => name.split("-")[0]));
    expect([...clouds].sort()).toEqual(["aws", "azure", "gcp"]);
  });

  describe.each(programs)("%s", (name) => {
    it("previews offline with exit 0 or 1 and reports its resources", () => {
      const r = palisade(["preview", join(CORPUS, name), "--stack", "dev", "--format", "json", "--quiet"]);
      // An engine or pack failure exits 2 with the reason on stderr: show it.
      expect({ code: r.code, stderr: r.code === 2 ? r.stderr : "" }).toEqual({ code: r.code === 1 ? 1 : 0, stderr: "" });
      const result = JSON.parse(r.stdout);
      expect(result.stacks).toHaveLength(1);
      // More than the root stack resource: the program really ran.
      expect(result.stacks[0].resourceCount).toBeGreaterThan(1);
      expect(r.stdout).not.toContain(RESOURCE_REFERENCE_SIG);
    });
  });
});
