/**
 * The detectors, in the order they run and their findings appear in the evidence list. An explicit
 * list, not a scan of the folder: adding a detector is a reviewed change here.
 */
import type { Detector, IndicatorSections } from '../domain/types.js';
import { conversation } from './conversation.js';
import { empathy } from './empathy.js';
import { positiveLanguage } from './positiveLanguage.js';
import { interruptions } from './interruptions.js';
import { sentiment } from './sentiment.js';
import { activeListening } from './activeListening.js';
import { ownership } from './ownership.js';
import { expectations } from './expectations.js';
import { customerEffort } from './customerEffort.js';

export type AnyDetector = { [K in keyof IndicatorSections]: Detector<K> }[keyof IndicatorSections];

export const DETECTORS: readonly AnyDetector[] = [
  conversation,
  interruptions,
  sentiment,
  empathy,
  positiveLanguage,
  activeListening,
  ownership,
  expectations,
  customerEffort,
];
