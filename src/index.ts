/** Library entry point: `import { extract } from 'quotes'` returns the same objects the CLI prints. */
export { extract, runStages, KOREAN_STAGES } from './pipeline';
export type { Stage } from './pipeline';
export * from './types';
export const CONTRACT_VERSION = 1;
