/** The documentation page of a rule, built from its id so that no rule types a URL by hand. */
export function docsUrl(ruleId: string): string {
  return `https://github.com/medlint/medlint/blob/main/rules/${ruleId}/README.md`;
}
