export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_TABLES,
  type BackupFile,
  type BackupData,
} from './format';
export { parseBackup, type ParsedBackup, type BackupProblem } from './parse';
export { exportBackup, restoreBackup, eraseEverything, backupFileName } from './database';
export { exportBackupText, type ExportResult } from './export-file';
export { restoreBackupText, type RestoreResult } from './restore-text';
