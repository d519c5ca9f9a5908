import { PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import type { RecordSink } from "../core/types";

/** Publishes each record to the landing zone's (KMS-encrypted) security alert topic. */
export function snsSink(sns: SNSClient, topicArn: string): RecordSink {
  return {
    async write(record) {
      if (record.outcome === "ignored") return;
      await sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: `Palisade ${record.outcome}: ${record.runbook}`.slice(0, 100),
          Message: JSON.stringify(record),
          MessageAttributes: {
            runbook: { DataType: "String", StringValue: record.runbook },
            outcome: { DataType: "String", StringValue: record.outcome },
          },
        }),
      );
    },
  };
}
