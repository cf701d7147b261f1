/**
 * The domain: pure TypeScript shared by the tab, the bot, the report and the Graph layer.
 * Imports nothing else of ours (enforced by ESLint).
 */
export * from './records';
export * from './organisation';
export * from './labels';
export * from './counting';
export * from './travel';
export { issuePath, describeIssues } from './issues';
export * from './report-model';
export * from './funding';
export * from './money';
export * from './reporting-status';
