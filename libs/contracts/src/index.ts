export * from './lib/chat';
export * from './lib/chat-events';
export * from './lib/chat-timeline';
export * from './lib/error-codes';
export * from './lib/password-policy';
export * from './lib/permission-registry';
export * from './lib/permission-tree';
export * from './lib/roles';
