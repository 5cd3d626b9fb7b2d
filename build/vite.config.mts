import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy.ts';

/** The same Content Security Policy as the hosts' header (web host, Electron's app://), as a meta tag in the page too. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'lyncplan-csp',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
      ),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
});
