/** Entry: the router, inside the error boundary, and the service worker for offline use. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './error-boundary';
import { installQuickExit, leftThroughHistory } from './quick-exit';
import { SaveFromStorageButton } from './save-from-storage';
import { shell } from '../i18n/shell';
import { AppRoutes, basename } from './router';
import { registerServiceWorker } from './service-worker';
import { offerUpdate } from './update-notice';
import './styles.css';

const left = leftThroughHistory();
installQuickExit();
if (!left) registerServiceWorker(offerUpdate);
const root = document.getElementById('root');
if (root && !left) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary
        extra={
          <SaveFromStorageButton label={`${shell.en['error.save-case-file']} · ${shell.fr['error.save-case-file']}`} />
        }
      >
        <BrowserRouter basename={basename} useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </ErrorBoundary>
    </StrictMode>,
  );
}
