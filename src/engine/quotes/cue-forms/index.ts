/**
 * The cue forms, in the order they are tried on a cue: the first that answers (a frame, or null)
 * decides. A new way of attributing speech is a new file here, added to this list.
 */
import type { Token } from '../../text/text-model';
import { accordingTo } from './according-to';
import { askedQuestion } from './asked-question';
import type { CueForm, CueFrame } from './cue-frame';
import { foreignSpeechVerb } from './foreign-speech-verb';
import { inverted } from './inverted';
import { participle } from './participle';
import { purposeInfinitive } from './purpose-infinitive';
import { subjectVerb } from './subject-verb';

export { CUE_WINDOW, type CueFrame } from './cue-frame';
export { headlineLabel } from './headline-label';

const CUE_FORMS: readonly CueForm[] = [foreignSpeechVerb, accordingTo, askedQuestion, participle, purposeInfinitive, inverted, subjectVerb];

/** The frame of the cue at tokens `cue`..`cueLast`, read in the window `floor`..`ceiling` of its sentence. */
export function frameFor(tokens: Token[], cue: number, cueLast: number, floor: number, ceiling: number, earlier: CueFrame[]): CueFrame | null {
  for (const form of CUE_FORMS) {
    const frame = form(tokens, cue, cueLast, floor, ceiling, earlier);
    if (frame !== undefined) return frame;
  }
  return null;
}
