/**
 * Coaching alert rules: a data file (format in `rules/README.md`), validated at start-up with every
 * problem named by rule and field.
 */
import { readFileSync } from 'node:fs';
import { RapportError } from '../domain/errors.js';
import { METRICS } from './metrics.js';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  metric: string;
  op: Operator;
  value: number;
}

interface RuleBase {
  id: string;
  /** The skill the alert is about, e.g. `empathy`. */
  skill: string;
  severity: Severity;
  /** Template; `{name}` placeholders are filled from the alert context (see rules/README.md). */
  message: string;
}

/** Raised for one interaction when every condition holds. */
export interface InteractionRule extends RuleBase {
  kind: 'interaction';
  when: Condition[];
  /** Finding kinds whose evidence the alert carries, e.g. `empathy.missed`. */
  evidence: string[];
}

/** Raised for an agent when a skill stays below a baseline in most of their recent interactions. */
export interface TrendRule extends RuleBase {
  kind: 'trend';
  metric: string;
  /** Baseline: the agent's own earlier interactions, or their team's recent ones. */
  baseline: 'agent' | 'team';
  /** Below means at least this much under the baseline. */
  margin: number;
  /** The last `window` interactions of the agent are examined... */
  window: number;
  /** ...and the alert fires when at least `atLeast` of them are below. */
  atLeast: number;
  /** Interactions before the window that form the agent's baseline (at least `minBaseline` needed). */
  baselineSize: number;
  minBaseline: number;
}

export type Rule = InteractionRule | TrendRule;

export interface RuleSet {
  version: number;
  rules: readonly Rule[];
}

const INTERACTION_FIELDS = ['id', 'kind', 'skill', 'severity', 'message', 'when', 'evidence'];
const TREND_FIELDS = ['id', 'kind', 'skill', 'severity', 'message', 'metric', 'baseline', 'margin', 'window', 'atLeast', 'baselineSize', 'minBaseline'];
const PLACEHOLDERS = /\{([A-Za-z.]+)\}/g;
const CONTEXT_NAMES = new Set(['agentId', 'teamId', 'interactionId', 'tenantId', 'count', 'window', 'baseline', 'metric', 'value']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validate a parsed rules document. Throws one error listing every problem. */
export function validateRules(doc: unknown, file = 'rules'): RuleSet {
  const problems: string[] = [];
  if (!isRecord(doc)) throw new RapportError('rules-invalid', `${file}: expected a JSON object with "version" and "rules"`);
  if (doc.version !== 1) problems.push(`${file}: "version" must be 1, found ${JSON.stringify(doc.version)}`);
  if (!Array.isArray(doc.rules)) problems.push(`${file}: "rules" must be an array`);
  const rules: Rule[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of (Array.isArray(doc.rules) ? doc.rules : []).entries()) {
    const where = `${file}: rule ${i + 1}${isRecord(raw) && typeof raw.id === 'string' ? ` '${raw.id}'` : ''}`;
    if (!isRecord(raw)) {
      problems.push(`${where}: expected an object`);
      continue;
    }
    const before = problems.length;
    const str = (key: string) => {
      if (typeof raw[key] !== 'string' || raw[key] === '') problems.push(`${where}: "${key}" must be a non-empty string`);
      return raw[key] as string;
    };
    const num = (key: string, min: number, integer = false) => {
      const v = raw[key];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (integer && !Number.isInteger(v))) {
        problems.push(`${where}: "${key}" must be ${integer ? 'an integer' : 'a number'} >= ${min}, found ${JSON.stringify(v)}`);
      }
      return v as number;
    };
    const metric = (value: unknown, key: string) => {
      if (typeof value !== 'string' || !(value in METRICS)) {
        problems.push(`${where}: ${key} ${JSON.stringify(value)} is not a known metric; known metrics are ${Object.keys(METRICS).join(', ')}`);
      }
    };
    const id = str('id');
    if (typeof id === 'string' && !/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(`${where}: "id" must be lower-case letters, digits and dashes`);
    if (ids.has(id)) problems.push(`${where}: duplicate id '${id}'`);
    ids.add(id);
    str('skill');
    const message = str('message');
    if (!(SEVERITIES as readonly unknown[]).includes(raw.severity)) {
      problems.push(`${where}: "severity" must be one of ${SEVERITIES.join(', ')}, found ${JSON.stringify(raw.severity)}`);
    }
    const allowed = raw.kind === 'trend' ? TREND_FIELDS : INTERACTION_FIELDS;
    for (const key of Object.keys(raw)) {
      if (!allowed.includes(key)) problems.push(`${where}: unsupported key '${key}'; supported keys are: ${allowed.join(', ')}`);
    }
    if (raw.kind === 'interaction') {
      if (!Array.isArray(raw.when) || raw.when.length === 0) problems.push(`${where}: "when" must be a non-empty array of conditions`);
      for (const [j, c] of (Array.isArray(raw.when) ? raw.when : []).entries()) {
        if (!isRecord(c)) {
          problems.push(`${where}: when[${j}] must be an object {metric, op, value}`);
          continue;
        }
        metric(c.metric, `when[${j}].metric`);
        if (!(OPERATORS as readonly unknown[]).includes(c.op)) problems.push(`${where}: when[${j}].op must be one of ${OPERATORS.join(' ')}`);
        if (typeof c.value !== 'number' || !Number.isFinite(c.value)) problems.push(`${where}: when[${j}].value must be a number`);
      }
      if (!Array.isArray(raw.evidence) || raw.evidence.some((e) => typeof e !== 'string')) {
        problems.push(`${where}: "evidence" must be an array of finding kinds, e.g. ["empathy.missed"]`);
      }
    } else if (raw.kind === 'trend') {
      metric(raw.metric, '"metric"');
      if (raw.baseline !== 'agent' && raw.baseline !== 'team') problems.push(`${where}: "baseline" must be agent or team`);
      num('margin', 0);
      const window = num('window', 1, true);
      const atLeast = num('atLeast', 1, true);
      if (atLeast > window) problems.push(`${where}: "atLeast" (${atLeast}) cannot exceed "window" (${window})`);
      num('baselineSize', 1, true);
      num('minBaseline', 1, true);
    } else {
      problems.push(`${where}: "kind" must be interaction or trend, found ${JSON.stringify(raw.kind)}`);
    }
    if (typeof message === 'string') {
      for (const [, name] of message.matchAll(PLACEHOLDERS)) {
        if (!CONTEXT_NAMES.has(name) && !(name in METRICS)) {
          problems.push(`${where}: message placeholder {${name}} is unknown; use a metric name or one of ${[...CONTEXT_NAMES].join(', ')}`);
        }
      }
    }
    if (problems.length === before) rules.push(raw as unknown as Rule);
  }
  if (problems.length > 0) {
    throw new RapportError('rules-invalid', `${problems.length} problem(s) in alert rules:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze({ version: 1, rules: Object.freeze(rules) });
}

/** Fill `{name}` placeholders; unknown or null values print as "n/a". */
export function renderMessage(template: string, values: Record<string, string | number | null | undefined>): string {
  return template.replace(PLACEHOLDERS, (_, name: string) => {
    const v = values[name];
    if (v === null || v === undefined) return 'n/a';
    return typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
  });
}

/** Load and validate the alert rules file. */
export function loadRules(path: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RapportError('rules-missing', `cannot read alert rules ${path}: ${(err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new RapportError('rules-invalid', `${path}: invalid JSON: ${(err as Error).message}`);
  }
  return validateRules(doc, path);
}
