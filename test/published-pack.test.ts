import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runProgram, type StackSnapshot } from "@palisade/engine";
import { evaluate } from "palisade";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers";

/**
 * The published form of each pack (`dist/pack`, what `pulumi policy publish` uploads) works where it will
 * run: packed with `npm pack`, unpacked into an empty folder and installed with `npm install` from the
 * registry, as the Pulumi CLI does with a published pack, then started the way the engine starts any pack.
 * It must return exactly the diagnostics of the workspace pack on the sample stacks.
 */

type Diag = {
  policyName: string;
  urn: string;
  enforcementLevel: string;
  message: string;
  policyPackName: string;
  policyPackVersion: string;
};
const key = (d: Diag) => [d.policyPackName, d.policyPackVersion, d.policyName, d.urn, d.enforcementLevel, d.message].join(" | ");
const normalise = (ds: readonly Diag[]) => ds.map(key).sort();

const CLOUDS = ["aws", "azure", "gcp"] as const;

/** Runs a command; rejects with its output when it fails. npm's own variables from a parent `npm run` are dropped. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...env, NO_UPDATE_NOTIFIER: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} in ${cwd}: exit ${code}\n${output}`)),
    );
  });
}

describe("published packs: npm pack → npm install → run as the engine does", () => {
  const work = tempDir("palisade-published-");
  const installed: Record<string, string> = {};
  const snapshots: Record<string, { label: string; snapshot: StackSnapshot }[]> = {};

  beforeAll(async () => {
    // Pack and install the three clouds side by side (the installs mostly wait on the network and disk).
    await Promise.all(
      CLOUDS.map(async (cloud) => {
        const source = join(ROOT, "policy-packs", `${cloud}-guardrails`, "dist", "pack");
        const dest = join(work, cloud);
        mkdirSync(dest, { recursive: true });
        await run("npm", ["pack", source, "--pack-destination", dest, "--silent"], dest);
        const tarball = readdirSync(dest).find((f) => f.endsWith(".tgz"));
        if (!tarball) throw new Error(`npm pack left no tarball in ${dest}`);
        await run("tar", ["-xzf", tarball], dest);
        // As the Pulumi CLI installs a pack it downloaded: npm install in the unpacked folder.
        await run(
          "npm",
          ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock"],
          join(dest, "package"),
        );
        installed[cloud] = join(dest, "package");
      }),
    );
    for (const cloud of CLOUDS) {
      snapshots[cloud] = [];
      for (const stack of ["compliant", "insecure"]) {
        snapshots[cloud].push({
          label: `${cloud}/${stack}`,
          snapshot: await runProgram(join(ROOT, "stacks", `team-${cloud}-sample`), { stack }),
        });
      }
    }
  }, 900_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CLOUDS)("%s: the tarball holds one bundle and depends on nothing from this workspace", (cloud) => {
    const dir = installed[cloud];
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@pulumi/policy", "@pulumi/pulumi"]);
    const workspace = JSON.parse(readFileSync(join(ROOT, "policy-packs", `${cloud}-guardrails`, "package.json"), "utf8"));
    expect(pkg.dependencies).toEqual({
      "@pulumi/policy": workspace.dependencies["@pulumi/policy"],
      "@pulumi/pulumi": workspace.dependencies["@pulumi/pulumi"],
    });
    expect(existsSync(join(dir, "node_modules", "@palisade"))).toBe(false);
    expect(existsSync(join(dir, "node_modules", "@pulumi", "policy", "package.json"))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".js"))).toEqual(["index.js"]);
    expect(existsSync(join(dir, "PulumiPolicy.yaml"))).toBe(true);
  });

  it.each(CLOUDS)("%s: the installed pack returns the workspace pack's diagnostics on the sample stacks", async (cloud) => {
    let compared = 0;
    for (const { label, snapshot } of snapshots[cloud]) {
      const workspace = await evaluate(snapshot, {
        dirs: [join(ROOT, "policy-packs", `${cloud}-guardrails`)],
        configs: [],
        inProcess: false,
      });
      const published = await evaluate(snapshot, { dirs: [installed[cloud]], configs: [], inProcess: false });
      expect(normalise(published.diagnostics as Diag[]), label).toEqual(normalise(workspace.diagnostics as Diag[]));
      compared += workspace.diagnostics.length;
    }
    // The insecure sample produces findings, so the comparison is about something.
    expect(compared).toBeGreaterThan(3);
  });

  it("aws: IAM checks read the action data shipped beside the bundle", async () => {
    // An identity policy that grants iam:Pass* on every role: the finding lists the real actions the
    // wildcard expands to, which only the shipped action data can tell.
    const resource = {
      urn: "urn:pulumi:dev::p::aws:iam/policy:Policy::pass",
      type: "aws:iam/policy:Policy",
      name: "pass",
      custom: true,
      inputs: { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:Pass*", Resource: "*" }] }) },
      dependencies: [],
      propertyDependencies: {},
      options: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] },
    };
    const snapshot = { ...snapshots.aws[0].snapshot, resources: [...snapshots.aws[0].snapshot.resources, resource] } as StackSnapshot;
    const workspace = await evaluate(snapshot, { dirs: [join(ROOT, "policy-packs", "aws-guardrails")], configs: [], inProcess: false });
    const published = await evaluate(snapshot, { dirs: [installed.aws], configs: [], inProcess: false });
    const passRole = (ds: readonly Diag[]) =>
      ds.filter((d) => d.urn === resource.urn && d.policyName === "aws-iam-policy-no-wildcard-passrole");
    expect(passRole(workspace.diagnostics as Diag[]).map((d) => d.message)).toEqual([
      expect.stringMatching(/iam:Pass\* \(\d+ actions?: iam:PassRole/),
    ]);
    expect(normalise(published.diagnostics as Diag[])).toEqual(normalise(workspace.diagnostics as Diag[]));
  });
});
