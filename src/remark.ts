/**
 * remarkMedlint: medlint's rules inside any unified/remark pipeline (remark-cli,
 * remark-language-server, a build script): `remark().use(remarkMedlint, options)`. Each file
 * gets medlint's findings as vfile messages (ruleId, source "medlint", place, url, fatal for
 * errors), so remark's reporters and editors show them like remark-lint's.
 *
 * medlint lints the file's source text with its own parse (the engine's segmenter needs its
 * own tree); the tree the pipeline parsed is left untouched.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { resolveInline, toRunConfig } from './engine/config.js';
import type { ConfigSettings } from './engine/config-schema.js';
import type { DirectiveOptions } from './engine/directives.js';
import { createEngine, formatOf, lintToVFile } from './engine/run.js';

/** Options: the settings of a config file (rules, words, locale), plus rule filters. */
export interface RemarkMedlintOptions extends ConfigSettings {
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  readonly directives?: DirectiveOptions;
}

/** The unified plugin. The engine (phrase lists, options) is prepared once, when the plugin is attached. */
export default function remarkMedlint(options: RemarkMedlintOptions = {}): (tree: Root, file: VFile) => void {
  const { only, disable, directives, ...settings } = options;
  const run = toRunConfig(resolveInline(settings, 'remarkMedlint options'));
  const engine = createEngine({
    ...run,
    ...(only ? { only } : {}),
    disable: [...(run.disable ?? []).filter((id) => !(only ?? []).includes(id)), ...(disable ?? [])],
    ...(directives ? { directives } : {}),
  });
  return (_tree, file) => {
    const name = file.path || 'input.md';
    const text = file.toString();
    const linted = lintToVFile(engine, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name, file.path ? formatOf(file.path) : 'markdown');
    for (const message of linted.messages) {
      message.file = file.path;
      file.messages.push(message);
    }
  };
}
