/**
 * How sure the engine is that a quote is someone's words, by how it was found: 0..1, and a quote
 * under LOW_CONFIDENCE (types.ts, 0.5) is kept but not listed by default.
 */

/** A direct quote with a cue of its own: "…,” Blinken said. */
export const ATTRIBUTED_CONFIDENCE = 0.9;
/** Reported speech: a speaker, a verb of saying and a clause. */
export const REPORTED_CONFIDENCE = 0.8;
/** A quote with no cue right after an attributed one: it continues the same speaker's words. */
export const CONTINUATION_CONFIDENCE = 0.65;
/** A long quote with no cue (someone's words, though perhaps not whose), or one in guillemets. */
export const LONG_UNATTRIBUTED_QUOTE_CONFIDENCE = 0.55;
/**
 * A headline's report whose subject the headline dropped ("Taliban claim are in control of …"): whose claim
 * it is, for the claims stage, but no quotation a reader is listed.
 */
export const HEADLINE_REPORT_CONFIDENCE = 0.45;
/** A quote of a few words with no cue: a phrase or a title as often as speech. Not listed. */
export const UNATTRIBUTED_QUOTE_CONFIDENCE = 0.4;
/** A word or two in quotation marks with no cue: scare quotes or a title. Not listed. */
export const SCARE_QUOTE_CONFIDENCE = 0.2;
/**
 * A listed quote whose speaker the speaker stage could not resolve keeps at most this confidence:
 * listed, but below every quote with a speaker.
 */
export const UNRESOLVED_SPEAKER_CONFIDENCE = 0.55;
