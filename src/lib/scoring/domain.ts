/**
 * The domain lexicon: words of the argument about AI and creative work that
 * AFINN-165 misses or misreads. Each weight is on AFINN's −5…+5 scale and has
 * its reason beside it. These words are chosen for this discourse on general
 * grounds, never fitted to a test set; the app lets users edit them.
 */
import type { Lexicon } from './lexicon';
import { lexiconOf, type ListedWord } from './listed';

export type DomainWord = ListedWord;

export const DOMAIN_WORDS: readonly DomainWord[] = [
  // Displacement of workers: the central fear in this debate.
  { word: 'replace', weight: -2, reason: 'Said of AI and people, it means losing work to a machine.' },
  { word: 'replaces', weight: -2, reason: 'As "replace".' },
  { word: 'replaced', weight: -2, reason: 'As "replace".' },
  { word: 'replacing', weight: -2, reason: 'As "replace".' },
  { word: 'replacement', weight: -2, reason: 'As "replace".' },
  { word: 'displace', weight: -2, reason: 'Workers pushed out of their jobs.' },
  { word: 'displaced', weight: -2, reason: 'As "displace".' },
  { word: 'layoffs', weight: -2, reason: 'Job losses; missing from AFINN.' },
  { word: 'undercut', weight: -2, reason: 'Cheaper machine output pricing out human work.' },
  { word: 'devalue', weight: -2, reason: 'Work made worth less.' },
  { word: 'devalued', weight: -2, reason: 'As "devalue".' },
  { word: 'automated', weight: -1, reason: 'In this debate, usually work taken from people; mild.' },
  // Rights, consent and likeness.
  { word: 'infringe', weight: -2, reason: 'Breaking copyright; AFINN has only "infringement".' },
  { word: 'infringing', weight: -2, reason: 'As "infringe".' },
  { word: 'unauthorized', weight: -2, reason: 'Use without permission.' },
  { word: 'unauthorised', weight: -2, reason: 'As "unauthorized".' },
  { word: 'scraped', weight: -2, reason: 'Work collected for training without asking.' },
  { word: 'scraping', weight: -2, reason: 'As "scraped".' },
  { word: 'deepfake', weight: -2, reason: 'Deceptive synthetic likeness of a real person.' },
  { word: 'deepfakes', weight: -2, reason: 'As "deepfake".' },
  { word: 'likeness', weight: -1, reason: 'Raised almost only when a performer\'s likeness may be copied; mild.' },
  { word: 'replica', weight: -1, reason: 'A digital copy of a performer, raised as a risk; mild.' },
  { word: 'replicas', weight: -1, reason: 'As "replica".' },
  { word: 'opt-out', weight: -1, reason: 'Opt-out schemes put the burden of refusing on the creator.' },
  { word: 'opt out', weight: -1, reason: 'As "opt-out".' },
  { word: 'safeguards', weight: 1, reason: 'Protections that make adoption acceptable.' },
  { word: 'protections', weight: 1, reason: 'As "safeguards".' },
  { word: 'protection', weight: 1, reason: 'As "safeguards".' },
  { word: 'unlicensed', weight: -2, reason: 'Work used for training without a licence.' },
  { word: 'uncanny', weight: -1, reason: 'The "uncanny valley" of synthetic faces: unsettling; mild.' },
  { word: 'revolutionize', weight: 2, reason: 'The pitch\'s promise that AI will transform filmmaking for the better.' },
  { word: 'revolutionise', weight: 2, reason: 'As "revolutionize".' },
  { word: 'guardrails', weight: 1, reason: 'As "safeguards".' },
  { word: 'compensation', weight: 1, reason: 'Creators being paid for use of their work.' },
  // Partnership and opportunity: the pitch's vocabulary.
  { word: 'partnership', weight: 2, reason: 'Working together by agreement; missing from AFINN.' },
  { word: 'partnerships', weight: 2, reason: 'As "partnership".' },
  { word: 'partnering', weight: 2, reason: 'As "partnership".' },
  { word: 'collaboration', weight: 2, reason: 'Working together; missing from AFINN.' },
  { word: 'collaborate', weight: 2, reason: 'As "collaboration".' },
  { word: 'collaborative', weight: 2, reason: 'As "collaboration".' },
  { word: 'empowering', weight: 2, reason: 'As AFINN\'s "empower".' },
  { word: 'democratize', weight: 1, reason: 'Making filmmaking open to more people, a claim of benefit; mild.' },
  { word: 'democratise', weight: 1, reason: 'As "democratize".' },
  // Concern said without a negative word: phrases of this debate, matched as one.
  { word: 'nobody asked', weight: -2, reason: 'Said of a change imposed on people who were not consulted.' },
  { word: 'no one asked', weight: -2, reason: 'As "nobody asked".' },
  { word: 'without consent', weight: -2, reason: 'Use of work or likeness that was not agreed to.' },
  { word: 'without permission', weight: -2, reason: 'As "without consent".' },
  { word: 'without credit', weight: -2, reason: 'Work used without naming its maker.' },
  { word: 'without compensation', weight: -2, reason: 'Work used without paying its maker.' },
  { word: 'trained on', weight: -1, reason: 'Models trained on people\'s work are raised as a grievance; mild.' },
  { word: 'out of work', weight: -2, reason: 'Losing one\'s job.' },
  { word: 'jobs to go', weight: -2, reason: 'Jobs expected to be lost.' },
  { word: 'jobs at risk', weight: -2, reason: 'Jobs expected to be lost.' },
  // Low-quality output, a recurring worry.
  { word: 'slop', weight: -2, reason: 'Low-quality generated content.' },
  { word: 'soulless', weight: -2, reason: 'Work without human feeling.' },
  // Words AFINN misreads here.
  { word: 'concern', weight: -2, reason: 'AFINN has "concerned" but not the noun.' },
  { word: 'concerns', weight: -2, reason: 'As "concern".' },
  { word: 'strike', weight: 0, reason: 'Here the 2023 writers\' strike, a reference point, not a blow (AFINN: −1).' },
  { word: 'strikes', weight: 0, reason: 'As "strike".' },
  { word: 'pay', weight: 0, reason: 'Here wages, not a cost (AFINN: −1).' },
  { word: 'ominous', weight: -2, reason: 'A known AFINN error: rated +3, means threatening.' },
  { word: 'talent', weight: 0, reason: 'Here the trade term for performers ("talent agencies"), not praise (AFINN: +2).' },
];

export const DOMAIN: Lexicon = lexiconOf(DOMAIN_WORDS);
