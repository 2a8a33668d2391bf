import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import '../i18n/i18n';
import { AppRoutes } from './AppRoutes';
import { prefetchForLocation } from './prefetch';
import { createQueryClient } from './queryClient';

/** The whole admin: data cache, router and routes. i18n is set up by importing src/i18n. */
export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchForLocation(client, window.location.pathname);
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
