import { NavLink, Route, Routes } from 'react-router';
import type { Channel } from '../../shared/contract/channels';
import { useLiveInvalidation, useRead } from './api/hooks';
import { AccountBar } from './features/auth/account-bar';
import { ChangePasswordPage } from './features/auth/change-password-page';
import { SecondFactorPage } from './features/auth/second-factor-page';
import { RequirePermission } from './features/auth/require-permission';
import { useSession } from './features/auth/session-context';
import { AuditPage } from './features/audit/audit-page';
import { BackupsPage } from './features/backups/backups-page';
import { ComplaintsPage } from './features/complaints/complaints-page';
import { RetentionPage } from './features/records/retention-page';
import { DashboardPage } from './features/dashboard/dashboard-page';
import { MyWorkPage } from './features/dashboard/my-work-page';
import { HomeRoute } from './features/dashboard/home-route';
import { RulesSettingsPage } from './features/settings/rules-settings-page';
import { SharingPage } from './features/sharing/sharing-page';
import { DocumentTemplatesPage } from './features/document-templates/document-templates-page';
import { FieldReferencePage } from './features/document-templates/field-reference-page';
import { ServiceSetUp } from './features/service-set-up/service-set-up';
import { ImportPage } from './features/import/import-page';
import { DecisionPage } from './features/decisions/decision-page';
import { ReferDirectPage } from './features/referrals/refer-direct-page';
import { DecisionsPage } from './features/decisions/decisions-page';
import { RegisterPage } from './features/documents/register-page';
import { ReportPage } from './features/reports/report-page';
import { InspectionBundlePage } from './features/reports/inspection-bundle-page';
import { DataReturnPage } from './features/reports/data-return-page';
import { EditHouseholdPage } from './features/households/edit-household-page';
import { HouseholdDetailPage } from './features/households/household-detail-page';
import { HouseholdsListPage } from './features/households/households-list-page';
import { NewHouseholdPage } from './features/households/new-household-page';
import { EditMemberPage } from './features/members/edit-member-page';
import { MemberDetailPage } from './features/members/member-detail-page';
import { MembersListPage } from './features/members/members-list-page';
import { NewMemberPage } from './features/members/new-member-page';
import { MinutesPage } from './features/minutes/minutes-page';
import { EditSittingPage } from './features/sittings/edit-sitting-page';
import { ItemPage } from './features/sittings/item-page';
import { NewSittingPage } from './features/sittings/new-sitting-page';
import { SittingPage } from './features/sittings/sitting-page';
import { SittingsListPage } from './features/sittings/sittings-list-page';
import { YearPlannerPage } from './features/sittings/year-planner-page';
import { EditUserPage } from './features/users/edit-user-page';
import { NewUserPage } from './features/users/new-user-page';
import { UserPage } from './features/users/user-page';
import { UsersListPage } from './features/users/users-list-page';
import { NotFoundPage } from './pages/not-found-page';

/** Screens beyond the central list, each shown in the menu only to roles that may use it. */
/** How the footer names the way this window reaches the data. */
const TRANSPORT_WORDS = { ipc: 'Desktop', loopback: 'Browser mode', network: 'Connected to the service' } as const;

const ADMIN_LINKS: { to: string; label: string; channel: Channel }[] = [
  { to: '/decisions', label: 'ADM decisions', channel: 'decisions:queue' },
  { to: '/documents', label: 'Issued documents', channel: 'documents:register' },
  { to: '/complaints', label: 'Complaints and feedback', channel: 'complaints:list' },
  { to: '/retention', label: 'Records retention', channel: 'records:retention' },
  { to: '/reports', label: 'Panel report', channel: 'reports:annual' },
  { to: '/import', label: 'Import', channel: 'import:commit' },
  { to: '/users', label: 'Users', channel: 'users:list' },
  { to: '/audit', label: 'Audit trail', channel: 'audit:list' },
  { to: '/backups', label: 'Backups', channel: 'backups:list' },
  { to: '/settings/rules', label: 'Rules and clocks', channel: 'settings:update' },
  { to: '/settings/sharing', label: 'Sharing', channel: 'host:start' },
  { to: '/settings/documents', label: 'Documents', channel: 'templates:upload' },
];

/** A route that only some roles may open. */
function only(channel: Channel, element: React.ReactNode) {
  return <RequirePermission channel={channel}>{element}</RequirePermission>;
}

export function App() {
  useLiveInvalidation();
  const info = useRead('app:info', {});
  const { may } = useSession();
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">Fostering Panel</span>
        <nav aria-label="Main">
          <ul className="main-nav">
            {may('dashboard:myWork') ? (
              <li>
                <NavLink to="/my-work">My work</NavLink>
              </li>
            ) : null}
            {may('dashboard:due') ? (
              <li>
                <NavLink to="/dashboard">Due and overdue</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/members">Central list</NavLink>
            </li>
            <li>
              <NavLink to="/households">Households</NavLink>
            </li>
            <li>
              <NavLink to="/sittings">Sittings</NavLink>
            </li>
            {ADMIN_LINKS.filter((link) => may(link.channel)).map((link) => (
              <li key={link.to}>
                <NavLink to={link.to}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountBar />
      </header>
      <main id="main-content" tabIndex={-1} className="app-main">
        <Routes>
          <Route path="/" element={<HomeRoute />} />
          <Route path="/dashboard" element={only('dashboard:due', <DashboardPage />)} />
          <Route path="/my-work" element={only('dashboard:myWork', <MyWorkPage />)} />
          <Route path="/members" element={<MembersListPage />} />
          <Route path="/members/new" element={only('members:create', <NewMemberPage />)} />
          <Route path="/members/:id" element={<MemberDetailPage />} />
          <Route path="/members/:id/edit" element={only('members:update', <EditMemberPage />)} />
          <Route path="/households" element={<HouseholdsListPage />} />
          <Route path="/households/new" element={only('households:create', <NewHouseholdPage />)} />
          <Route path="/households/:id" element={<HouseholdDetailPage />} />
          <Route path="/households/:id/edit" element={only('households:update', <EditHouseholdPage />)} />
          <Route path="/households/:id/refer" element={only('decisions:referDirect', <ReferDirectPage />)} />
          <Route path="/sittings" element={<SittingsListPage />} />
          <Route path="/sittings/plan" element={only('sittings:createSeries', <YearPlannerPage />)} />
          <Route path="/sittings/new" element={only('sittings:create', <NewSittingPage />)} />
          <Route path="/sittings/:id" element={<SittingPage />} />
          <Route path="/sittings/:id/edit" element={only('sittings:update', <EditSittingPage />)} />
          <Route path="/sittings/:id/items/:itemId" element={<ItemPage />} />
          <Route path="/sittings/:id/minutes" element={<MinutesPage />} />
          <Route path="/decisions" element={only('decisions:queue', <DecisionsPage />)} />
          <Route path="/decisions/:itemId" element={only('decisions:get', <DecisionPage />)} />
          <Route path="/documents" element={only('documents:register', <RegisterPage />)} />
          <Route path="/complaints" element={only('complaints:list', <ComplaintsPage />)} />
          <Route path="/retention" element={only('records:retention', <RetentionPage />)} />
          <Route path="/reports" element={only('reports:annual', <ReportPage />)} />
          <Route
            path="/reports/inspection-bundle"
            element={only('reports:inspectionBundle', <InspectionBundlePage />)}
          />
          <Route path="/reports/data-return" element={only('reports:dataReturn', <DataReturnPage />)} />
          <Route path="/users" element={only('users:list', <UsersListPage />)} />
          <Route path="/users/new" element={only('users:create', <NewUserPage />)} />
          <Route path="/users/:id" element={only('users:get', <UserPage />)} />
          <Route path="/users/:id/edit" element={only('users:update', <EditUserPage />)} />
          <Route path="/audit" element={only('audit:list', <AuditPage />)} />
          <Route path="/backups" element={only('backups:list', <BackupsPage />)} />
          <Route path="/settings/rules" element={only('settings:update', <RulesSettingsPage />)} />
          <Route path="/settings/sharing" element={only('host:start', <SharingPage />)} />
          <Route path="/settings/documents" element={only('templates:upload', <DocumentTemplatesPage />)} />
          <Route path="/settings/documents/fields" element={only('templates:list', <FieldReferencePage />)} />
          <Route path="/import" element={only('import:commit', <ImportPage />)} />
          <Route path="/set-up" element={only('setup:finish', <ServiceSetUp />)} />
          <Route path="/change-password" element={<ChangePasswordPage />} />
          <Route path="/second-factor" element={<SecondFactorPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <footer className="app-footer">
        {info.data ? `Version ${info.data.version} · ${TRANSPORT_WORDS[info.data.transport]}` : null}
      </footer>
    </>
  );
}

/** Hash routing owns the URL fragment, so the skip link moves focus itself. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
