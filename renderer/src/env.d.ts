declare module '*.css';
declare module '@xyflow/react/dist/style.css';
