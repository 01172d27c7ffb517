/** Prometheus metrics of the consumer, on one registry served at /metrics. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  messages: Counter<'outcome'>;
  deadLetters: Counter<'reason'>;
  batchSeconds: Histogram<never>;
  batchSize: Histogram<never>;
  lag: Gauge<'topic' | 'partition'>;
  alerts: Counter<'rule' | 'severity'>;
  retries: Counter<'operation'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rapport_' });
  return {
    registry,
    messages: new Counter({ name: 'rapport_messages_total', help: 'Transcript messages processed, by outcome (stored, dead-letter, duplicate).', labelNames: ['outcome'], registers: [registry] }),
    deadLetters: new Counter({ name: 'rapport_dead_letters_total', help: 'Messages sent to the dead letters, by reason code.', labelNames: ['reason'], registers: [registry] }),
    batchSeconds: new Histogram({ name: 'rapport_batch_duration_seconds', help: 'Time to decode, analyze and store one batch, and commit its offsets.', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    batchSize: new Histogram({ name: 'rapport_batch_messages', help: 'Messages per stored batch.', buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000], registers: [registry] }),
    lag: new Gauge({ name: 'rapport_consumer_lag_messages', help: 'High watermark minus the last offset processed, per partition.', labelNames: ['topic', 'partition'], registers: [registry] }),
    alerts: new Counter({ name: 'rapport_alerts_raised_total', help: 'New coaching alerts, by rule and severity.', labelNames: ['rule', 'severity'], registers: [registry] }),
    retries: new Counter({ name: 'rapport_retries_total', help: 'Retries of transient failures, by operation.', labelNames: ['operation'], registers: [registry] }),
  };
}
