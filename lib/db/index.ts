export { CadreDb, DB_NAME, db } from './database';
export { foldKey } from '../text/fold-key';
export * from './records';
export * from './settings';
export * from './lists';
export * from './chats';
export * from './journal';
