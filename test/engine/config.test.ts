/** Configuration: validation with key paths, the generated JSON Schema, discovery, precedence, extends, overrides, ignores. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ConfigFileError, ConfigResolver, toRunConfig } from '../../src/engine/config.js';
import { configSchema, preset, validateConfig } from '../../src/engine/config-schema.js';
import { rules } from '../../rules/index.js';
import { rulesMeta } from '../../src/builtin.js';
import { tempDir } from '../helpers/cli.js';

const error = (raw: unknown): string => {
  try {
    validateConfig(raw, '.medlintrc.json', rulesMeta);
  } catch (e) {
    if (e instanceof ConfigFileError) return e.message;
    throw e;
  }
  return 'valid';
};

/** Configs that must be rejected, with the message naming the key path and what was expected. */
const INVALID: [unknown, string][] = [
  [[], '.medlintrc.json: (top level): expected an object, got array'],
  [{ rule: {} }, '.medlintrc.json: rule: expected no such key; the keys are $schema, root, extends, rules, overrides, ignores, words, locale'],
  [{ root: 'yes' }, '.medlintrc.json: root: expected true or false'],
  [{ extends: 3 }, '.medlintrc.json: extends: expected a preset (medlint:recommended, medlint:strict), a path or a package name'],
  [{ extends: ['medlint:strict', ''] }, '.medlintrc.json: extends[1]: expected a non-empty string, got ""'],
  [{ rules: { 'no-such-rule': 'error' } }, expect.stringMatching(/^\.medlintrc\.json: rules\.no-such-rule: expected a known rule id; "no-such-rule" is not one \(known: absolute-claim, /) as unknown as string],
  [{ rules: { spelling: 'warn' } }, '.medlintrc.json: rules.spelling: expected one of "off", "info", "warning", "error", or [level, options], got "warn"'],
  [{ rules: { spelling: 2 } }, '.medlintrc.json: rules.spelling: expected one of "off", "info", "warning", "error", or [level, options], got 2'],
  [{ rules: { spelling: ['warning', { locale: 'fr' }] } }, '.medlintrc.json: rules.spelling[1].locale: expected one of en-US, en-GB'],
  [{ rules: { spelling: ['warning', { lokale: 'en-GB' }] } }, '.medlintrc.json: rules.spelling[1].lokale: expected an option of spelling (one of locale, words)'],
  [{ rules: { whitespace: ['info', { x: 1 }] } }, '.medlintrc.json: rules.whitespace[1].x: expected no options (the rule takes none)'],
  [{ rules: { 'absolute-claim': ['error', { extraPhrases: 'cures' }] } }, '.medlintrc.json: rules.absolute-claim[1].extraPhrases: expected string[]'],
  [{ rules: { spelling: ['loud'] } }, '.medlintrc.json: rules.spelling[0]: expected off, info, warning, error, got "loud"'],
  [{ rules: { spelling: ['warning', {}, 3] } }, '.medlintrc.json: rules.spelling: expected one of "off", "info", "warning", "error", or [level, options], got ["warning",{},3]'],
  [{ words: 'Nao' }, '.medlintrc.json: words: expected a list of words'],
  [{ words: ['ok', 7] }, '.medlintrc.json: words[1]: expected a non-empty string, got 7'],
  [{ locale: 'de-DE' }, '.medlintrc.json: locale: expected one of en-US, en-GB, got "de-DE"'],
  [{ ignores: 'drafts/' }, '.medlintrc.json: ignores: expected a list of glob patterns'],
  [{ overrides: {} }, '.medlintrc.json: overrides: expected a list of { files, rules, words, locale } objects'],
  [{ overrides: [{ rules: {} }] }, '.medlintrc.json: overrides[0].files: expected a glob pattern or a list of them (required)'],
  [{ overrides: [{ files: [] }] }, '.medlintrc.json: overrides[0].files: expected at least one glob pattern'],
  [{ overrides: [{ files: '*.md', root: true }] }, '.medlintrc.json: overrides[0].root: expected no such key; the keys are files, excludedFiles, rules, words, locale'],
  [{ overrides: [{ files: '*.md', rules: { spelling: 'loud' } }] }, '.medlintrc.json: overrides[0].rules.spelling: expected one of "off", "info", "warning", "error", or [level, options], got "loud"'],
];

const VALID: unknown[] = [
  {},
  { $schema: './node_modules/medlint/schema/medlintrc.schema.json', root: true, extends: 'medlint:strict' },
  { extends: ['medlint:recommended', './shared.json'], rules: { spelling: 'off', 'absolute-claim': ['warning'], 'missing-disclaimer': ['error', { minWords: 50, disclaimerPhrases: ['talk to your doctor'] }] } },
  { words: ['Nao', 'RestoratIV'], locale: 'en-GB', ignores: ['drafts/**', '*.draft.md'] },
  { overrides: [{ files: 'legal/**', excludedFiles: ['legal/README.md'], rules: { 'regulatory-claim': 'off' }, words: ['Ketalar'], locale: 'en-US' }] },
];

describe('config validation', () => {
  it.each(INVALID)('rejects %j with one line naming the key path', (raw, message) => {
    expect(error(raw)).toEqual(message);
  });

  it.each(VALID)('accepts %j', (raw) => {
    expect(error(raw)).toBe('valid');
  });

  it('the shipped JSON Schema is the generated one, and agrees with the validator on every case', () => {
    const schema = configSchema(rulesMeta);
    expect(JSON.parse(readFileSync('schema/medlintrc.schema.json', 'utf8'))).toEqual(schema);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    for (const [raw] of INVALID) expect(validate(raw), JSON.stringify(raw)).toBe(false);
    for (const raw of VALID) expect(validate(raw), `${JSON.stringify(raw)}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('the schema knows every rule and its options', () => {
    const props = (configSchema(rulesMeta) as { properties: { rules: { properties: Record<string, unknown> } } }).properties.rules.properties;
    expect(Object.keys(props)).toEqual(rules.map((r) => r.meta.id));
    expect(JSON.stringify(props['spelling'])).toContain('"enum":["en-US","en-GB"]');
  });
});

describe('presets', () => {
  it('recommended keeps default severities; strict raises each one level', () => {
    const rec = preset('medlint:recommended', rulesMeta).rules!;
    const strict = preset('medlint:strict', rulesMeta).rules!;
    for (const { meta } of rules) {
      expect(rec[meta.id]).toBe(meta.defaultSeverity);
      expect(strict[meta.id]).toBe({ info: 'warning', warning: 'error', error: 'error' }[meta.defaultSeverity]);
    }
  });
});

describe('discovery and precedence', () => {
  it('merges from the farthest config to the nearest; root stops the walk; options survive a level-only override', async () => {
    const dir = tempDir({
      '.medlintrc.json': JSON.stringify({ root: true, words: ['Nao'], rules: { spelling: ['error', { locale: 'en-GB' }], whitespace: 'off' } }),
      'blog/.medlintrc.yaml': 'rules:\n  spelling: warning\n  whitespace: info\nwords: [RestoratIV]\n',
      'blog/deep/post.md': '',
      'other/package.json': JSON.stringify({ name: 'x', medlint: { root: true, rules: { 'safety-claim': 'off' } } }),
      'other/post.md': '',
      'plain/package.json': JSON.stringify({ name: 'no-medlint-key' }),
      'plain/post.md': '',
    });
    const resolver = new ConfigResolver(rulesMeta);
    const blog = await resolver.resolve(path.join(dir, 'blog/deep/post.md'));
    expect(blog.sources).toEqual(['medlint:recommended', path.join(dir, '.medlintrc.json'), path.join(dir, 'blog/.medlintrc.yaml')]);
    expect(blog.rules['spelling']).toEqual({ level: 'warning', options: { locale: 'en-GB' } });
    expect(blog.rules['whitespace']).toEqual({ level: 'info' });
    expect(blog.words).toEqual(['Nao', 'RestoratIV']);
    const other = await resolver.resolve(path.join(dir, 'other/post.md'));
    expect(other.sources).toEqual(['medlint:recommended', path.join(dir, 'other/package.json')]);
    expect(other.rules['safety-claim']?.level).toBe('off');
    expect(other.rules['whitespace']?.level).toBe('info');
    const plain = await resolver.resolve(path.join(dir, 'plain/post.md'));
    expect(plain.sources).toEqual(['medlint:recommended', path.join(dir, '.medlintrc.json')]);
  });

  it('uses the first config file of a directory in the documented order, and JS configs', async () => {
    const dir = tempDir({
      '.medlintrc.json': JSON.stringify({ root: true, rules: { whitespace: 'error' } }),
      '.medlintrc.yml': 'rules:\n  whitespace: off\n',
      'js/medlint.config.mjs': "export default { rules: { whitespace: 'warning' } };\n",
      'a.md': '',
      'js/a.md': '',
    });
    const resolver = new ConfigResolver(rulesMeta);
    expect((await resolver.resolve(path.join(dir, 'a.md'))).rules['whitespace']?.level).toBe('error');
    expect((await resolver.resolve(path.join(dir, 'js/a.md'))).rules['whitespace']?.level).toBe('warning');
  });

  it('extends presets, relative files and packages, in order, and detects cycles', async () => {
    const dir = tempDir({
      'shared/base.json': JSON.stringify({ extends: 'medlint:strict', rules: { whitespace: 'off' }, words: ['Base'] }),
      'node_modules/medlint-config-clinic/package.json': JSON.stringify({ name: 'medlint-config-clinic', main: 'index.json' }),
      'node_modules/medlint-config-clinic/index.json': JSON.stringify({ words: ['Clinic'], rules: { 'repeated-word': 'off' } }),
      'site/.medlintrc.json': JSON.stringify({ root: true, extends: ['../shared/base.json', 'medlint-config-clinic'], rules: { spelling: 'info' } }),
      'site/a.md': '',
      'loop/a.json': JSON.stringify({ extends: './b.json' }),
      'loop/b.json': JSON.stringify({ extends: './a.json' }),
      'loop/.medlintrc.json': JSON.stringify({ root: true, extends: './a.json' }),
      'loop/a.md': '',
      'missing/.medlintrc.json': JSON.stringify({ root: true, extends: 'medlint-config-nowhere' }),
      'missing/a.md': '',
    });
    const site = await new ConfigResolver(rulesMeta).resolve(path.join(dir, 'site/a.md'));
    expect(site.rules['whitespace']?.level).toBe('off');
    expect(site.rules['repeated-word']?.level).toBe('off');
    expect(site.rules['spelling']?.level).toBe('info');
    expect(site.rules['absolute-claim']?.level).toBe('error');
    expect(site.rules['speed-claim']?.level).toBe('error'); // strict raised it from warning
    expect(site.words).toEqual(['Base', 'Clinic']);
    await expect(new ConfigResolver(rulesMeta).resolve(path.join(dir, 'loop/a.md'))).rejects.toThrow(/extends: circular/);
    await expect(new ConfigResolver(rulesMeta).resolve(path.join(dir, 'missing/a.md'))).rejects.toThrow(/extends\[0\]: expected a preset, a path or an installed package; cannot find "medlint-config-nowhere"/);
  });

  it('applies overrides by glob relative to the config, and ignores', async () => {
    const dir = tempDir({
      '.medlintrc.json': JSON.stringify({
        root: true,
        ignores: ['drafts/', '*.draft.md'],
        overrides: [{ files: ['legal/**'], excludedFiles: 'legal/keep.md', rules: { 'regulatory-claim': 'off' }, locale: 'en-GB' }],
      }),
    });
    const r = new ConfigResolver(rulesMeta);
    const at = (f: string) => r.resolve(path.join(dir, f));
    expect((await at('legal/terms.md')).rules['regulatory-claim']?.level).toBe('off');
    expect((await at('legal/terms.md')).locale).toBe('en-GB');
    expect((await at('legal/keep.md')).rules['regulatory-claim']?.level).toBe('error');
    expect((await at('blog/a.md')).rules['regulatory-claim']?.level).toBe('error');
    expect((await at('drafts/a.md')).ignored).toBe(true);
    expect((await at('blog/b.draft.md')).ignored).toBe(true);
    expect((await at('blog/b.md')).ignored).toBe(false);
  });

  it('names the file and the problem for unreadable configs', async () => {
    const dir = tempDir({ 'bad-json/.medlintrc.json': '{ "rules": ', 'bad-json/a.md': '', 'bad-yaml/.medlintrc.yaml': 'rules: [\n', 'bad-yaml/a.md': '', 'bad-js/medlint.config.mjs': 'export default {', 'bad-js/a.md': '' });
    await expect(new ConfigResolver(rulesMeta).resolve(path.join(dir, 'bad-json/a.md'))).rejects.toThrow(/\.medlintrc\.json: invalid JSON: /);
    await expect(new ConfigResolver(rulesMeta).resolve(path.join(dir, 'bad-yaml/a.md'))).rejects.toThrow(/\.medlintrc\.yaml: invalid YAML: /);
    await expect(new ConfigResolver(rulesMeta).resolve(path.join(dir, 'bad-js/a.md'))).rejects.toThrow(/medlint\.config\.mjs: cannot be loaded: /);
  });

  it('turns a resolved config into the engine configuration: words and locale are shared settings, not a rule\'s options', () => {
    expect(
      toRunConfig({ sources: [], ignored: false, rules: { spelling: { level: 'warning', options: { words: ['A'] } }, whitespace: { level: 'off' } }, words: ['B'], locale: 'en-GB' }),
    ).toEqual({ disable: ['whitespace'], severity: { spelling: 'warning' }, options: { spelling: { words: ['A'] } }, words: ['B'], locale: 'en-GB' });
  });
});
