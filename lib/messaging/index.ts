export * from './protocol';
export { ask, ExtensionReloadedError, isContextInvalidated } from './client';
