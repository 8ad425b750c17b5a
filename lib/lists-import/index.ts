export {
  parseListImport,
  splitCsvLine,
  type ListImport,
  type ListImportSource,
  type LineProblem,
  type LineProblemReason,
} from './parse';
