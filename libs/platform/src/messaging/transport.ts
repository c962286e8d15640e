/** A message as it travels on a topic, whatever carries it (Kafka or the in-process bus). */
export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | string | null;
  headers: Record<string, string>;
}

/** Where the outbox relay and the dead-letter path send messages. */
export interface EventPublisher {
  publish(messages: OutgoingMessage[]): Promise<void>;
}
