import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and builds to dist/web, which the Fastify server serves.
// `npm run dev:web` proxies the API to a server started with `npm run dev:server`.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // No source maps in the build that production serves (issue #17: they published the sources).
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
