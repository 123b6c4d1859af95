import type { ReactNode } from 'react';
import { usePageTitle } from '../../components/use-page-title';

/** The frame for pages shown before the app itself: first run, login, a required password change. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <header className="app-header">
        <span className="app-name">Fostering Panel</span>
      </header>
      <main id="main-content" className="app-main">
        <div className="auth-page">
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </>
  );
}
