export { weeklyProgress, mondayOf, type WeekFigures, type WeeklyOptions } from './weekly';
export { journalToCsv, journalToJson, csvCell } from './journal-export';
