export { parseCharter, firstSentence, type CharterRule, type ParsedCharter } from './parse';
export { DEFAULT_CHARTER, DEFAULT_SHORT_RULES } from './default';
