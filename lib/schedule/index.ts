// The pure schedule model. holidays.ts is deliberately not re-exported: it pulls
// in date-holidays, which the content script must not bundle.
export * from './types';
export { validateSchedule } from './validate';
export type { ValidationError, ValidationOptions, ValidationResult } from './validate';
export { status, SEARCH_DAYS } from './status';
export type { HolidayLookup, StatusReason, WindowState, WindowStatus } from './status';
export { describeStatus, describeWeek } from './describe';
export type { DescribeOptions } from './describe';
export { encodeShare, decodeShare, findShares, mayBeShare, shareTag, SHARE_VERSION } from './share';
export type { EncodeShareOptions, ShareResult } from './share';
export { exportSchedule, importSchedule, EXPORT_FORMAT, EXPORT_VERSION } from './export-file';
export { isKnownTimeZone } from './zoned-time';
export { scheduleOrDefault } from './current';
export { statusThisMinute } from './status-cache';
export * from './limits';
export { shareSender, isFromChatPartner } from './share-sender';
export type { ShareSender } from './share-sender';
