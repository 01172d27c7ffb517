/** Optional delivery of new alerts to a webhook: one JSON POST per alert, retried with back-off. */
import type { Alert } from '../domain/types.js';
import { RapportError } from '../domain/errors.js';

export interface WebhookOptions {
  url: string;
  retries: number;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Base back-off; doubled after each failure. */
  backoffMs?: number;
}

export async function postAlert(alert: Alert & { id: string }, options: WebhookOptions): Promise<void> {
  const backoff = options.backoffMs ?? 500;
  let lastError = '';
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'rapport' },
        body: JSON.stringify(alert),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) break;
    } catch (err) {
      lastError = (err as Error).message;
    }
  }
  throw new RapportError('webhook-failed', `webhook delivery of alert ${alert.id} failed after ${options.retries + 1} attempt(s): ${lastError}`, { retriable: true });
}
