/**
 * Our own word list: common English that AFINN, its emoji ranking and VADER
 * all lack or cannot reach, each with its reason. General language only, never
 * fitted to a test set. The receipt names this list as "our word list".
 */
import type { Lexicon } from './lexicon';
import { lexiconOf, type ListedWord } from './listed';

export const OWN_WORDS: readonly ListedWord[] = [
  { word: 'nightmare', weight: -3, reason: 'A bad dream; said of any dreaded outcome.' },
  { word: 'nightmares', weight: -3, reason: 'As "nightmare".' },
  { word: 'nightmarish', weight: -3, reason: 'As "nightmare".' },
  { word: 'theft', weight: -2, reason: 'Taking what belongs to someone else.' },
  { word: 'exploitation', weight: -2, reason: 'Unfair use of people or their work; AFINN has only "exploit".' },
  { word: 'stoked', weight: 3, reason: 'Slang for thrilled.' },
  { word: 'gutted', weight: -3, reason: 'British slang for devastated.' },
  { word: 'incredible', weight: 3, reason: 'Praise: hard to believe how good.' },
  { word: 'magic', weight: 2, reason: 'Said of something that delights, as if by magic.' },
  { word: 'magical', weight: 3, reason: 'As "magic".' },
  { word: 'jaw-dropping', weight: 3, reason: 'Astonishing, as praise.' },
  { word: 'mind-blowing', weight: 3, reason: 'Astonishing, as praise.' },
  { word: 'revolutionary', weight: 2, reason: 'A change for the better, said with enthusiasm.' },
  { word: 'game-changer', weight: 2, reason: 'Something that changes a field for the better.' },
  { word: 'game changer', weight: 2, reason: 'As "game-changer".' },
  { word: 'looking forward', weight: 2, reason: 'Anticipation of something welcome.' },
  { word: 'creepy', weight: -2, reason: 'Unsettling, disturbing.' },
  { word: 'dystopian', weight: -3, reason: 'A feared, oppressive future.' },
  { word: 'dystopia', weight: -3, reason: 'As "dystopian".' },
  { word: 'plagiarism', weight: -3, reason: 'Passing off others\' work as one\'s own.' },
  { word: 'plagiarize', weight: -3, reason: 'As "plagiarism".' },
  { word: 'plagiarized', weight: -3, reason: 'As "plagiarism".' },
  { word: 'exploitative', weight: -3, reason: 'Using people unfairly; AFINN has only "exploit".' },
  { word: 'overhyped', weight: -2, reason: 'Praised beyond its worth.' },
  { word: 'gimmick', weight: -2, reason: 'A trick with no lasting worth.' },
  { word: 'gimmicky', weight: -2, reason: 'As "gimmick".' },
  { word: 'jobless', weight: -2, reason: 'Without work.' },
  { word: 'erode', weight: -2, reason: 'To wear away something valued.' },
  { word: 'erosion', weight: -2, reason: 'As "erode".' },
  // Eagerness said with a negator: the words alone would read as a refusal.
  { word: "can't wait", weight: 3, reason: 'Eager anticipation, not a refusal to wait.' },
  { word: 'cant wait', weight: 3, reason: 'As "can\'t wait".' },
  { word: 'cannot wait', weight: 3, reason: 'As "can\'t wait".' },
  { word: "couldn't wait", weight: 3, reason: 'As "can\'t wait".' },
  { word: "can't get enough", weight: 3, reason: 'Wanting more of something one enjoys.' },
  // Faces and emoji the other lists miss.
  { word: '🔥', weight: 2, reason: 'Praise in current slang ("this is fire").' },
  { word: '🙄', weight: -2, reason: 'An eye roll: exasperation, often sarcasm.' },
  { word: '🙃', weight: -1, reason: 'The upside-down face: irony or resignation.' },
  { word: '🤡', weight: -2, reason: 'Calling something or someone a clown: mockery.' },
  { word: '-_-', weight: -2, reason: 'An unimpressed, annoyed face.' },
  { word: '^_^', weight: 2, reason: 'A smiling face.' },
  { word: '^^', weight: 2, reason: 'A smiling face.' },
];

export const OWN: Lexicon = lexiconOf(OWN_WORDS);
