import { compute, type compute_v1 } from "@googleapis/compute";
import { storage, type storage_v1 } from "@googleapis/storage";
import type { AuthClient } from "google-auth-library";

/** Gaxios retry settings: 429 and 5xx retried with exponential backoff on every method (our writes are idempotent). */
export interface GcpRetry {
  retry?: number;
  retryDelay?: number;
  maxRetryDelay?: number;
}

export interface GcpClients {
  compute: compute_v1.Compute;
  storage: storage_v1.Storage;
  /** Authorised requests to REST APIs without a generated client here (BigQuery datasets, Pub/Sub publish). */
  request<T>(opts: { url: string; method: "GET" | "PATCH" | "POST"; data?: unknown; headers?: Record<string, string> }): Promise<T>;
}

export function gcpClients(auth: AuthClient, retry: GcpRetry = {}): GcpClients {
  const retryConfig = {
    retry: retry.retry ?? 3,
    retryDelay: retry.retryDelay ?? 100,
    maxRetryDelay: retry.maxRetryDelay ?? 10_000,
    httpMethodsToRetry: ["GET", "HEAD", "PUT", "POST", "PATCH", "DELETE"],
    statusCodesToRetry: [
      [429, 429],
      [500, 599],
    ],
  };
  // biome-ignore lint/suspicious/noExplicitAny: googleapis-common pins its own copy of google-auth-library
  const options = { auth: auth as any, retryConfig, retry: true };
  return {
    compute: compute({ version: "v1", ...options }),
    storage: storage({ version: "v1", ...options }),
    async request<T>(opts: { url: string; method: "GET" | "PATCH" | "POST"; data?: unknown; headers?: Record<string, string> }) {
      const res = await auth.request<T>({ ...opts, retry: true, retryConfig });
      return res.data;
    },
  };
}
