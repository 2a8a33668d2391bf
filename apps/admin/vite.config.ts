import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built admin is served by the API (same origin, SPA fallback), so assets live at '/'.
// In development Vite serves the admin and passes /api on to the API.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
