import type { FakeCloud, Fault, WireCall } from "./fake-http";

/**
 * Stateful fake of Azure Resource Manager: resources in their wire form (`{id, name, location, tags, properties}`),
 * keyed by lower-cased id. PUT stores (provisioningState Succeeded, so long-running operations end at once), PATCH
 * merges, DELETE of a security rule removes it from its NSG, GET returns or 404s, as ARM does.
 */
export class ArmState {
  // biome-ignore lint/suspicious/noExplicitAny: ARM JSON
  resources = new Map<string, any>();
  // biome-ignore lint/suspicious/noExplicitAny: ARM JSON
  put(id: string, body: any): any {
    const name = id.split("/").pop();
    const stored = { ...body, id, name, properties: { ...body.properties, provisioningState: "Succeeded" } };
    this.resources.set(id.toLowerCase(), stored);
    return stored;
  }
  // biome-ignore lint/suspicious/noExplicitAny: ARM JSON
  get(id: string): any {
    return this.resources.get(id.toLowerCase());
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const armError = (status: number, code: string, message: string) => json(status, { error: { code, message } });

function arm(state: ArmState, call: WireCall): Response {
  const id = decodeURIComponent(call.path);
  const rule = /^(.*\/networkSecurityGroups\/[^/]+)\/securityRules\/([^/]+)$/i.exec(id);
  if (rule && call.method === "DELETE") {
    const nsg = state.get(rule[1]);
    if (!nsg) return armError(404, "ResourceNotFound", `${rule[1]} not found`);
    const before = nsg.properties.securityRules.length;
    nsg.properties.securityRules = nsg.properties.securityRules.filter((r: { name: string }) => r.name !== rule[2]);
    return new Response(null, { status: before === nsg.properties.securityRules.length ? 204 : 200 });
  }
  switch (call.method) {
    case "GET": {
      const r = state.get(id);
      return r ? json(200, r) : armError(404, "ResourceNotFound", `The Resource '${id}' was not found.`);
    }
    case "PUT": {
      // biome-ignore lint/suspicious/noExplicitAny: ARM JSON
      const body = call.body as any;
      if (/\/networkSecurityGroups\//i.test(id)) {
        body.properties.securityRules = (body.properties.securityRules ?? []).map((r: { name: string }) => ({
          ...r,
          id: `${id}/securityRules/${r.name}`,
        }));
      }
      return json(200, state.put(id, body));
    }
    case "PATCH": {
      const r = state.get(id);
      if (!r) return armError(404, "ResourceNotFound", `The Resource '${id}' was not found.`);
      // biome-ignore lint/suspicious/noExplicitAny: ARM JSON
      const body = call.body as any;
      r.properties = { ...r.properties, ...body.properties };
      if (body.tags) r.tags = body.tags;
      return json(200, r);
    }
    default:
      return armError(405, "MethodNotAllowed", call.method);
  }
}

export const isArmRead = (c: WireCall) => c.method === "GET";
export const armOp = (c: WireCall) =>
  `${c.method} ${decodeURIComponent(c.path).replace(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\//i, "")}`;

export function installAzure(fake: FakeCloud, state: ArmState): void {
  fake.route(
    (h) => h === "management.azure.com",
    (c) => arm(state, c),
    (_c: WireCall, f: Fault) => armError(f.status, f.code, f.code),
  );
}
