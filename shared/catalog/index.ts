export * from './codecs';
export * from './frontEnd';
export * from './network';
export * from './sources';
export * from './traffic';
