/**
 * remarkMedlint: medlint's rules inside any unified/remark pipeline (remark-cli,
 * remark-language-server, a build script): `remark().use(remarkMedlint, options)`. Each file
 * gets medlint's findings as vfile messages (ruleId, source "medlint", place, url, fatal for
 * errors), so remark's reporters and editors show them like remark-lint's.
 *
 * Configuration resolves as the CLI resolves it for the same file: config files from the
 * file's folder up, config `ignores`, and `.medlintignore` and `.medlint-dictionary` in the
 * working directory (the vfile's `cwd`); the plugin's own settings apply last, like the API's
 * `overrideConfig`. `configLookup: false` reads no file (only the plugin's settings), and a
 * file with no path is linted with the settings of the working directory.
 *
 * medlint lints the file's source text with its own parse (the engine's segmenter needs its
 * own tree); the tree the pipeline parsed is left untouched.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { resolveInline } from './engine/config.js';
import type { ConfigSettings } from './engine/config-schema.js';
import type { DirectiveOptions } from './engine/directives.js';
import { Project } from './engine/project.js';
import { VFileMessage } from 'vfile-message';
import { createEngine, formatOf, lintWithEngine } from './engine/run.js';
import { ruleSet, rulesMeta } from './builtin.js';
import { postProcess } from './engine/pipeline.js';
import type { Finding } from './types.js';

/** Options: the settings of a config file (rules, words, locale), plus rule filters and how config files are found. */
export interface RemarkMedlintOptions extends ConfigSettings {
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  readonly directives?: DirectiveOptions;
  /** Use this config file instead of looking for config files. */
  readonly configFile?: string;
  /** Look for config files, `.medlintignore` and `.medlint-dictionary` (default true). */
  readonly configLookup?: boolean;
}

/**
 * The unified plugin. Options are checked when the plugin is attached; each file's engine is
 * prepared once per distinct configuration and reused.
 */
export default function remarkMedlint(options: RemarkMedlintOptions = {}): (tree: Root, file: VFile) => Promise<void> {
  const { only, disable, directives, configFile, configLookup, ...settings } = options;
  const hasSettings = Object.keys(settings).length > 0;
  // Fail at attach time on bad settings or unknown rules, as a config file would fail the CLI.
  if (hasSettings) resolveInline(rulesMeta, settings, 'remarkMedlint options');
  createEngine(ruleSet, { ...(only ? { only } : {}), ...(disable ? { disable } : {}) });
  const projects = new Map<string, Project>();
  const projectFor = (cwd: string): Project => {
    let project = projects.get(cwd);
    if (!project) {
      project = new Project(ruleSet, {
        cwd,
        ...(only ? { only } : {}),
        ...(disable ? { disable } : {}),
        ...(directives ? { directives } : {}),
        ignore: configLookup !== false,
        config: { ...(configFile ? { configFile } : {}), lookup: configLookup !== false, ...(hasSettings ? { overrideConfig: settings } : {}) },
        ...(configLookup === false ? { words: false } : {}),
      });
      projects.set(cwd, project);
    }
    return project;
  };
  return async (_tree, file) => {
    const cwd = file.cwd || process.cwd();
    const name = file.path || path.join(cwd, 'input.md');
    const project = projectFor(cwd);
    if (configLookup !== false && file.path && (await project.isIgnored(file.path))) return;
    const { engine } = await project.engineFor(name);
    const text = file.toString();
    const result = lintWithEngine(engine, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file.path || 'input.md', file.path ? formatOf(file.path) : 'markdown');
    // The project pipeline's stages after suppressions (the plugin asks for none of baseline, changed lines or a severity filter).
    // Safe: postProcess returns one result per result given.
    for (const finding of postProcess([result]).shown[0]!.messages) file.messages.push(toVFileMessage(finding, file.path));
  };
}

/** A vfile message with medlint's extra fields, as the plugin adds them to a file. */
export interface MedlintMessage extends VFileMessage {
  related?: Finding['related'];
  fix?: Finding['fix'];
  fingerprint?: string;
}

/**
 * A finding as a vfile message: the unified boundary, the one place findings change shape
 * (ruleId, source "medlint", place, url, fatal true for errors, false for warnings, unset for
 * info; the excerpt as `actual` and suggestions as `expected`, as remark-lint's messages).
 */
export function toVFileMessage(finding: Finding, file: string): MedlintMessage {
  const start = { line: finding.line, column: finding.column, offset: finding.offset };
  const place =
    finding.endLine !== undefined && finding.endColumn !== undefined ? { start, end: { line: finding.endLine, column: finding.endColumn, ...(finding.endOffset !== undefined ? { offset: finding.endOffset } : {}) } } : start;
  const message: MedlintMessage = new VFileMessage(finding.message, { place, ruleId: finding.ruleId, source: 'medlint' });
  message.file = file;
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  message.url = finding.url;
  message.actual = finding.excerpt;
  if (finding.suggestions) message.expected = [...finding.suggestions];
  if (finding.related) message.related = finding.related;
  if (finding.fix) message.fix = finding.fix;
  if (finding.fingerprint) message.fingerprint = finding.fingerprint;
  return message;
}
