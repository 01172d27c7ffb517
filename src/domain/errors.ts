/**
 * Typed errors. Every error carries a stable `code`, whether retrying can help (`retriable`), and
 * its `cause`. `isRetriable` is the one place that decides what is transient.
 */
export class RapportError extends Error {
  readonly code: string;
  readonly retriable: boolean;

  constructor(code: string, message: string, options: { retriable?: boolean; cause?: unknown } = {}) {
    super(message.startsWith('rapport:') ? message : `rapport: ${message}`, { cause: options.cause });
    this.name = 'RapportError';
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/** Lexicon files have problems; `problems` lists every one, each naming the file and line. */
export class LexiconError extends RapportError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('lexicon-invalid', `${problems.length} problem(s) in lexicons:\n  ${problems.join('\n  ')}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}

/** Configuration has problems; all are reported at once, each naming the setting. */
export class ConfigError extends RapportError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('config-invalid', `invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** True when retrying the same operation later may succeed. */
export function isRetriable(err: unknown): boolean {
  if (err instanceof RapportError) return err.retriable;
  if (err && typeof err === 'object' && 'retriable' in err) return Boolean((err as { retriable: unknown }).retriable);
  return false;
}
