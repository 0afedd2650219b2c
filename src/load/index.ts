/**
 * Load stage, public surface: files and folders → Article records, with problems reported.
 * Input: paths. Output: ArticleRecord stream (loadArticles), LoadSummary, LoadError.
 */
export { LoadProblem } from './article.ts';
export { loadArticles } from './load.ts';
export type { LoadOptions, LoadProgress } from './load.ts';
export { LoadError, LoadSummary, problem } from './problems.ts';
export { inputBytes } from './inputs.ts';
export { splitPage } from './page.ts';
export type { PageParts } from './page.ts';
