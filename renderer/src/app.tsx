import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useLiveInvalidation, useRead } from './api/hooks';
import { EditMemberPage } from './features/members/edit-member-page';
import { MemberDetailPage } from './features/members/member-detail-page';
import { MembersListPage } from './features/members/members-list-page';
import { NewMemberPage } from './features/members/new-member-page';
import { NotFoundPage } from './pages/not-found-page';

export function App() {
  useLiveInvalidation();
  const info = useRead('app:info', {});
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">Fostering Panel</span>
        <nav aria-label="Main">
          <ul className="main-nav">
            <li>
              <NavLink to="/members">Central list</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1} className="app-main">
        <Routes>
          <Route path="/" element={<Navigate to="/members" replace />} />
          <Route path="/members" element={<MembersListPage />} />
          <Route path="/members/new" element={<NewMemberPage />} />
          <Route path="/members/:id" element={<MemberDetailPage />} />
          <Route path="/members/:id/edit" element={<EditMemberPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <footer className="app-footer">
        {info.data
          ? `Version ${info.data.version} · ${info.data.transport === 'loopback' ? 'Browser mode' : 'Desktop'}`
          : null}
      </footer>
    </>
  );
}

/** Hash routing owns the URL fragment, so the skip link moves focus itself. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
