import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { connectToBackend } from './api/client';
import { createQueryClient } from './api/query-client';
import { App } from './app';
import { ConnectionBanner } from './components/connection-banner';
import { SessionGate } from './features/auth/session-gate';
import { SeatGate } from './features/seat/seat-gate';
import './styles.css';
import './accounts.css';

connectToBackend();
const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <ConnectionBanner />
        <SeatGate>
          <SessionGate>
            <App />
          </SessionGate>
        </SeatGate>
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>,
);
