import { ComputeManagementClient } from "@azure/arm-compute";
import { NetworkManagementClient } from "@azure/arm-network";
import { StorageManagementClient } from "@azure/arm-storage";
import type { TokenCredential } from "@azure/core-auth";

/** How runbooks reach a subscription: one credential (the function's managed identity), clients per subscription. */
export interface AzureClients {
  network(subscriptionId: string): NetworkManagementClient;
  storage(subscriptionId: string): StorageManagementClient;
  compute(subscriptionId: string): ComputeManagementClient;
}

export interface AzureClientOptions {
  retryOptions?: { maxRetries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number };
}

export function azureClients(credential: TokenCredential, options: AzureClientOptions = {}): AzureClients {
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  return {
    network: (s) => once(`n/${s}`, () => new NetworkManagementClient(credential, s, options)),
    storage: (s) => once(`s/${s}`, () => new StorageManagementClient(credential, s, options)),
    compute: (s) => once(`c/${s}`, () => new ComputeManagementClient(credential, s, options)),
  };
}
