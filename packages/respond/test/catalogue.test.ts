import { allControls, controlById } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { allRunbooks } from "../src";

describe("runbooks and the controls' response forms are one thing", () => {
  it.each(allRunbooks.map((r) => [r.id, r] as const))(
    "%s implements a response form of its control, with the same trigger and action",
    (_id, rb) => {
      const control = controlById(rb.controlId);
      expect(control, `control ${rb.controlId}`).toBeDefined();
      expect(control!.cloud).toBe(rb.cloud);
      const form = control!.response?.find((f) => f.runbook === rb.id);
      expect(form, `${rb.controlId} declares no response form for ${rb.id}`).toBeDefined();
      expect(form!.trigger).toBe(rb.trigger);
      expect(form!.action).toBe(rb.action);
    },
  );

  it("every response form names a runbook that exists", () => {
    const forms = allControls.flatMap((c) => (c.response ?? []).map((f) => ({ control: c.id, runbook: f.runbook })));
    expect(forms.length).toBe(allRunbooks.length);
    for (const f of forms) expect(allRunbooks.find((r) => r.id === f.runbook)?.controlId, f.runbook).toBe(f.control);
  });

  it("runbook ids are unique and say their cloud", () => {
    expect(new Set(allRunbooks.map((r) => r.id)).size).toBe(allRunbooks.length);
    for (const r of allRunbooks) expect(r.id.startsWith(`${r.cloud}-`)).toBe(true);
  });
});
