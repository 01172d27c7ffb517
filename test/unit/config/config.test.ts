import { describe, expect, it } from 'vitest';
import { parseConfig, redactConfig, configMarkdown, SETTINGS } from '../../../src/config/config.js';
import { ConfigError } from '../../../src/domain/errors.js';

describe('configuration', () => {
  it('has a default for every required setting', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ brokers: ['127.0.0.1:9092'], transcriptsTopic: 'transcripts', databasePoolMax: 4, fromBeginning: true });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads the environment, and flags win', () => {
    const c = parseConfig({ RAPPORT_KAFKA_BROKERS: 'a:1, b:2', RAPPORT_HTTP_PORT: '8080' }, { 'http-port': '9000' });
    expect(c.brokers).toEqual(['a:1', 'b:2']);
    expect(c.httpPort).toBe(9000);
  });

  it('reads the brand names as a list, none by default', () => {
    expect(parseConfig({}).brandNames).toBeUndefined();
    expect(parseConfig({ RAPPORT_BRAND_NAMES: 'Spirit Airlines, Spirit ,Free Spirit' }).brandNames).toEqual(['Spirit Airlines', 'Spirit', 'Free Spirit']);
    expect(() => parseConfig({ RAPPORT_BRAND_NAMES: ' , ' })).toThrow(/RAPPORT_BRAND_NAMES: empty list/);
  });

  it('reports every problem at once, naming each setting', () => {
    try {
      parseConfig({ RAPPORT_HTTP_PORT: 'eighty', RAPPORT_DB_POOL_MAX: '0', RAPPORT_LOG_LEVEL: 'loud', RAPPORT_KAFKA_BROKER: 'x', RAPPORT_KAFKA_SASL_MECHANISM: 'plain' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/^environment RAPPORT_KAFKA_BROKER: unknown setting/),
        "environment RAPPORT_DB_POOL_MAX: 0 is outside 1..100",
        "environment RAPPORT_HTTP_PORT: 'eighty' is not an integer; example: 8080",
        "environment RAPPORT_LOG_LEVEL: 'loud' is not one of trace, debug, info, warn, error, fatal, silent",
        'environment RAPPORT_KAFKA_SASL_MECHANISM: needs RAPPORT_KAFKA_SASL_USERNAME and RAPPORT_KAFKA_SASL_PASSWORD',
      ]);
    }
  });

  it('never shows secrets', () => {
    const c = parseConfig({ RAPPORT_DATABASE_URL: 'postgres://writer:s3cret@db/rapport', RAPPORT_KAFKA_SASL_MECHANISM: 'plain', RAPPORT_KAFKA_SASL_USERNAME: 'u', RAPPORT_KAFKA_SASL_PASSWORD: 'hunter2' });
    const shown = JSON.stringify(redactConfig(c));
    expect(shown).not.toContain('s3cret');
    expect(shown).not.toContain('hunter2');
    expect(() => parseConfig({ RAPPORT_HTTP_PORT: 'x', RAPPORT_KAFKA_SASL_PASSWORD: 'hunter2', RAPPORT_DB_POOL_MAX: 'hunter2' })).toThrow(/hidden|not an integer/);
  });

  it('documents every setting in the generated table', () => {
    const table = configMarkdown();
    for (const s of Object.values(SETTINGS)) expect(table).toContain(`\`${s.env}\``);
  });
});
