export * from './audit';
export * from './members';
export * from './settings';
export * from './users';
export * from './households';
export * from './sittings';
export * from './recommendations';
export * from './minutes';
