import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";

/** One request as it went over the wire, for assertions. */
export interface WireCall {
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  /** Form parameters (AWS Query/EC2), parsed JSON (Azure, Google), or raw text (S3 XML). */
  body: unknown;
  headers: Record<string, string>;
}

export interface Fault {
  /** Matches a call (e.g. by AWS Action or path). */
  match: (call: WireCall) => boolean;
  status: number;
  code: string;
  /** How many calls it answers before it stops (Infinity for always). */
  times: number;
  retryAfter?: string;
}

export type Responder = (call: WireCall) => Response | Promise<Response>;

/**
 * One in-process HTTP fake for all three clouds: msw intercepts the real SDK clients' requests (Node http/https and
 * fetch) before they leave the process, so the SDKs serialise, sign, retry and parse exactly as they would against the
 * cloud. Unknown hosts fail the test instead of reaching the network.
 */
export class FakeCloud {
  readonly calls: WireCall[] = [];
  readonly faults: Fault[] = [];
  private readonly hosts: Array<{ test: (host: string) => boolean; respond: Responder; error: (call: WireCall, f: Fault) => Response }> =
    [];
  readonly server = setupServer(http.all("*", async ({ request }) => this.dispatch(request)));

  /** Serves a host: `respond` answers calls, `error` renders an injected fault in the service's own error shape. */
  route(test: (host: string) => boolean, respond: Responder, error: (call: WireCall, f: Fault) => Response): void {
    this.hosts.push({ test, respond, error });
  }

  /** Injects a fault: the next `times` matching calls (all, by default) get `status` and `code`. */
  fail(fault: Omit<Fault, "times"> & { times?: number }): void {
    this.faults.push({ times: Number.POSITIVE_INFINITY, ...fault });
  }

  /** Calls that change something (everything but reads). */
  writes(isRead: (c: WireCall) => boolean): WireCall[] {
    return this.calls.filter((c) => !isRead(c));
  }

  start(): void {
    this.server.listen({ onUnhandledRequest: "error" });
  }

  stop(): void {
    this.server.close();
  }

  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
  }

  private async dispatch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = await request.text();
    const headers = Object.fromEntries([...request.headers.entries()]);
    let body: unknown = text;
    const type = headers["content-type"] ?? "";
    if (type.includes("application/x-www-form-urlencoded")) body = Object.fromEntries(new URLSearchParams(text));
    else if (type.includes("json") && text) body = JSON.parse(text);
    const call: WireCall = {
      method: request.method,
      host: url.host,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      headers,
    };
    this.calls.push(call);
    const host = this.hosts.find((h) => h.test(url.host));
    if (!host) return HttpResponse.json({ error: `no fake for ${url.host}` }, { status: 599 });
    const fault = this.faults.find((f) => f.times > 0 && f.match(call));
    if (fault) {
      fault.times--;
      const res = host.error(call, fault);
      if (fault.retryAfter !== undefined) res.headers.set("retry-after", fault.retryAfter);
      return res;
    }
    return host.respond(call);
  }
}
