import { packedCue, type Recogniser, packedRegExp } from './cue.ts';

// Violence under way as the person writes: followed, hiding or shut in, threatened with
// death, someone at the door who will not stop. Read as violence, and now: the help
// offered is for a life in danger. Violence told as the past or as a habit is
// `violence.ts`'s.
export const crisisNow: Recogniser = {
  category: 'violence',
  cues: [
    packedCue('crisis-followed', {
      now: true,
      unless:
        // Its words: cues.txt [crisis-now-ordinary].
        packedRegExp('crisis-now-ordinary', '\\b'),
    }),
  ],
};
