import type { RecordSink } from "../core/types";
import type { GcpClients } from "./clients";

/** Publishes each record to the landing zone's security alert Pub/Sub topic (`projects/<p>/topics/<t>`). */
export function pubsubSink(clients: GcpClients, topic: string): RecordSink {
  return {
    async write(record) {
      if (record.outcome === "ignored") return;
      await clients.request({
        url: `https://pubsub.googleapis.com/v1/${topic}:publish`,
        method: "POST",
        data: {
          messages: [
            {
              data: Buffer.from(JSON.stringify(record)).toString("base64"),
              attributes: { runbook: record.runbook, outcome: record.outcome },
            },
          ],
        },
      });
    },
  };
}
