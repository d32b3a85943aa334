/**
 * A cue frame: one use of a verb of saying, with who speaks (the mention) and where the words said
 * lie (before or after the cue). Each cue form (one file beside this one) reads the frames of one
 * way English, French, Spanish or German news writes an attribution.
 */
import type { Token } from '../../text/text-model';
import type { Phrase } from '../phrases';

export interface CueFrame {
  cueFirst: number;
  cueLast: number;
  mention: Phrase | null;
  appositive: Phrase | null;
  /** The relative pronoun that mentions the speaker ("X, who said"); `mention` is then the phrase it refers to. */
  relative?: Phrase | null;
  /** `after`: the content follows (from `contentFirst`); `before`: it precedes (up to `contentLast`). */
  direction: 'after' | 'before';
  contentFirst: number;
  contentLast: number;
  /** The window of the sentence the frame was read in (see CUE_WINDOW). */
  floor: number;
  ceiling: number;
  /** A one-word label before a colon (see QuoteCandidate.label). */
  label?: boolean;
}

/**
 * Reads the frame of the cue at tokens `cue`..`cueLast`, in the window `floor`..`ceiling` (end
 * exclusive) of its sentence; `earlier` are the frames already read in that sentence. Returns the
 * frame; null when the form is this cue's but no frame can be read (the next forms are not tried);
 * undefined when the cue is not of this form.
 * (Positional arguments, no object: this runs for every cue of a page.)
 */
export type CueForm = (tokens: Token[], cue: number, cueLast: number, floor: number, ceiling: number, earlier: CueFrame[]) => CueFrame | null | undefined;

/**
 * How far (in tokens) on either side of a cue its frame may reach. Real
 * attributions fit easily; the bound keeps run-on "sentences" of any length linear.
 */
export const CUE_WINDOW = 120;
