export * from './located';
export * from './sync-rule';
export * from './rule-set';
export * from './well-known';
