export * from './formatError';
export * from './parseDesign';
export * from './serializeDesign';
