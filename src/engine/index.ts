/** The engine's public entry: `analyze` and the data model it returns. */
export { analyze } from './pipeline';
export { MAX_ANALYSED_CHARS } from './text/analysed-text';
export type * from './types';
export { LOW_CONFIDENCE } from './types';
