/** `quotes eval`: scoring extraction results against annotated articles (gold folders) and KLUE-NER records. */
export { loadGoldDir, parseGold, locate, locateQuotes, locateDates } from './gold';
export type { GoldDoc, GoldFile, GoldQuote, GoldDate, GoldSpeakerType } from './gold';
export { evaluate, speakerCorrect, rocAuc, QUOTE_JACCARD, CONFIDENCE_THRESHOLD, EVAL_NOTES } from './score';
export type {
  EvalReport,
  QuoteScores,
  SpeakerScores,
  DateScores,
  NameScores,
  ConfidenceScores,
  DocumentRow,
  QuoteMiss,
  DateMiss,
  NameMiss,
  MissType,
} from './score';
export { loadKlue, evaluateKlue, KLUE_TYPES } from './klue';
export type { KlueRecord, KlueEntity, KlueReport, KlueType, KlueTypeScores } from './klue';
export { formatEvalReport, formatMisses, formatKlueReport } from './format';
export type { ReportFormat } from './format';
export type { PRF } from './match';
export { codePointMap } from '../pipeline/offsets';
