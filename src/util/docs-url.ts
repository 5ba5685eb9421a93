const REPOSITORY = 'https://github.com/medlint/medlint/blob/main';

/** The documentation page of a rule, built from its id so that no rule types a URL by hand. */
export function docsUrl(ruleId: string): string {
  return `${REPOSITORY}/docs/rules/${ruleId}.md`;
}

/** A section of the README, by its anchor. */
export function readmeUrl(anchor: string): string {
  return `${REPOSITORY}/README.md#${anchor}`;
}
