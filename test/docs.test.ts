import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderCatalogueDoc } from "palisade";
import { expect, it } from "vitest";
import { ROOT } from "./helpers";

it("docs/controls.md matches the catalogue (run `npm run docs` after changing a control)", () => {
  expect(readFileSync(join(ROOT, "docs", "controls.md"), "utf8")).toBe(renderCatalogueDoc());
});
