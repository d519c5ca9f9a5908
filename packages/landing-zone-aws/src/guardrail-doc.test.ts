import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { NAMESPACE, sampleConfig, sourceOf } from "../test/sample-config";
import { loadConfig } from "./config";
import { renderGuardrailDoc, withGeneratedSection } from "./guardrail-doc";
import { buildGuardrails, guardrailOptions } from "./guardrails";

it("docs/aws.md shows the current guardrails (run `node packages/landing-zone-aws/scripts/generate-docs.mjs` after a build)", () => {
  const file = join(__dirname, "..", "..", "..", "docs", "aws.md");
  const markdown = readFileSync(file, "utf8");
  const guardrails = buildGuardrails(guardrailOptions(loadConfig(sourceOf(sampleConfig()), NAMESPACE)));
  expect(markdown).toBe(withGeneratedSection(markdown, renderGuardrailDoc(guardrails)));
});
