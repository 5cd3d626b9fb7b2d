declare module '*.css';
declare module '@xyflow/react/dist/style.css';
/** Vite's `?raw`: a file's text (the Markdown documents Help shows). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
