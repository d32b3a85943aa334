/** The engine's public entry: `analyze` and the data model it returns. */
export { analyze, MAX_ANALYSED_CHARS } from './pipeline';
export type * from './types';
export { LOW_CONFIDENCE } from './types';
