import path from 'node:path';
import { openDatabase, type SchemaState } from '../db/migrate';
import { getMember } from '../db/repositories/members-repository';
import { getUser } from '../db/repositories/users-repository';
import { getHousehold } from '../db/repositories/households-repository';
import { registerApp, type AppIdentity } from './features/app/register-app';
import { registerAudit } from './features/audit/register-audit';
import { registerAuth } from './features/auth/register-auth';
import { registerSecondFactor } from './features/auth/register-second-factor';
import { BackupService } from './features/backups/backup-service';
import { registerBackups } from './features/backups/register-backups';
import { registerDashboard } from './features/dashboard/register-dashboard';
import { registerMyWork } from './features/dashboard/register-my-work';
import { registerDocuments } from './features/documents/register-documents';
import { BuiltInTemplates, builtInTemplatesFolder } from './features/document-templates/built-in-templates';
import { registerDocumentTemplates } from './features/document-templates/register-document-templates';
import { registerComplaints } from './features/complaints/register-complaints';
import { registerRecords } from './features/records/register-records';
import { registerHouseholds } from './features/households/register-households';
import { registerCaseChain } from './features/chain/register-case-chain';
import { registerInspectionBundle } from './features/inspection/register-inspection-bundle';
import { registerMembers } from './features/members/register-members';
import { registerApprovalEnds } from './features/decisions/register-approval-ends';
import { registerTelling } from './features/decisions/register-telling';
import { registerDecisions } from './features/decisions/register-decisions';
import { registerDecided } from './features/decisions/register-decided';
import { registerDirectReferrals } from './features/decisions/register-direct-referrals';
import { registerReviews } from './features/reviews/register-reviews';
import { registerQuorumNotice } from './features/settings/register-quorum-notice';
import { registerItemRemoval } from './features/sittings/register-item-removal';
import { registerRoutingNotice } from './features/settings/register-routing-notice';
import { registerMinutes } from './features/minutes/register-minutes';
import { registerRecommendations } from './features/recommendations/register-recommendations';
import { registerReports } from './features/reports/register-reports';
import { registerDataReturn } from './features/reports/register-data-return';
import { registerItemPresiding } from './features/sittings/register-item-presiding';
import { registerItems } from './features/sittings/register-items';
import { registerAttendance } from './features/sittings/register-attendance';
import { registerSittings } from './features/sittings/register-sittings';
import { readSettings } from '../db/repositories/settings-repository';
import { registerSettings } from './features/settings/register-settings';
import { registerServiceSetUp } from './features/service-set-up/register-service-set-up';
import { registerImport } from './features/import/register-import';
import { sittingAuditView } from './features/sittings/sitting-audit';
import { registerUsers } from './features/users/register-users';
import { registerSeatChannels, registerSharing, type SharingControl } from './features/sharing/register-sharing';
import { registerSignedIn } from './features/users/register-signed-in';
import { AuditTrail } from './backend/audit/audit-trail';
import { assertKeysOutsideData, type KeyStore } from './backend/audit/key-store';
import type { Clock } from './backend/clock';
import { EventBus } from './backend/event-bus';
import type { FileSaver } from './backend/file-saver';
import type { IdGenerator } from './backend/ids';
import { Router } from './backend/router';
import { pruneExpiredKeys } from './backend/idempotency';
import { SessionManager, type SessionProvider } from './backend/session';
import { DatabaseStore } from './backend/store';

export interface BackendOptions {
  file: string;
  migrationsFolder: string;
  /** Where backups go unless the settings name another folder. */
  backupFolder: string;
  clock: Clock;
  ids: IdGenerator;
  identity: AppIdentity;
  keys: KeyStore;
  saver: FileSaver;
  /** Replaces the real sessions (tests of the permission table only). */
  session?: SessionProvider;
  /** Take the daily backup at start-up when one is due (off in most tests). */
  autoBackup?: boolean;
  /** The desktop host's sharing (electron/host/desktop-sharing.ts); without it `host:start` is refused. */
  sharing?: (backend: Backend) => SharingControl;
}

export interface Backend {
  router: Router;
  events: EventBus;
  store: DatabaseStore;
  sessions: SessionManager;
  audit: AuditTrail;
  /** The backend's clock: what an act audited outside a channel (a seat's download) is dated by. */
  clock: Clock;
  backups: BackupService;
  schemaState: SchemaState;
  preMigrationBackup: string | null;
  /** Set when the start-up backup failed: shown to the administrator, never dropped. */
  startupBackupProblem: string | null;
  close(): void;
}

/**
 * Everything behind the transports: open (and if need be migrate) the
 * database, then bind every channel. Both Electron and the loopback server
 * start here, so they run exactly the same backend.
 */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const audit = new AuditTrail(options.keys);
  const opened = await openDatabase({
    file: options.file,
    migrationsFolder: options.migrationsFolder,
    backupFolder: options.backupFolder,
    now: options.clock.now(),
    key: options.keys.loadDatabaseKey(),
    // A database written before encryption is swapped for its encrypted copy only if the copy's chain verifies.
    checkEncryptedCopy: (sqlite) => audit.verify(sqlite).problem,
  });
  const store = new DatabaseStore(opened, options.file);
  const events = new EventBus();
  audit.registerEntity('member', (db, id) => getMember(db, id));
  audit.registerEntity('user', (db, id) => getUser(db, id));
  audit.registerEntity('household', (db, id) => getHousehold(db, id));
  audit.registerEntity('sitting', (db, id) => sittingAuditView(db, id));
  // Records a migration just changed are sealed before anything else is written, so the upgrade verifies.
  if (opened.state.kind === 'pending') {
    const { applied, pending } = opened.state;
    audit.sealMigration(
      opened.sqlite,
      opened.migrationSeals,
      options.clock.now(),
      `${applied} to ${applied + pending}`,
    );
  }
  // Keys older than a day are no use to a retry: forgotten at each start.
  pruneExpiredKeys(store.db, options.clock.now());
  const sessions = new SessionManager(options.clock, () => readSettings(store.db).idleLockMinutes);
  const router = new Router({
    store,
    clock: options.clock,
    ids: options.ids,
    sessions: options.session ?? sessions,
    events,
    audit,
  });
  const backups = new BackupService({
    store,
    audit,
    clock: options.clock,
    migrationsFolder: options.migrationsFolder,
    defaultFolder: options.backupFolder,
    appVersion: options.identity.version,
  });
  registerApp(router, options.identity);
  registerAuth(router, sessions);
  registerSecondFactor(router);
  registerUsers(router, sessions);
  registerSignedIn(router, sessions);
  registerMembers(router);
  registerHouseholds(router);
  registerCaseChain(router);
  registerSittings(router);
  registerAttendance(router);
  registerItems(router);
  registerItemPresiding(router);
  registerItemRemoval(router);
  registerRecommendations(router);
  registerMinutes(router);
  registerDecisions(router);
  registerDecided(router);
  registerDirectReferrals(router);
  registerReviews(router);
  registerRoutingNotice(router);
  registerQuorumNotice(router);
  registerApprovalEnds(router);
  registerTelling(router);
  registerAudit(router, audit, store);
  registerBackups(router, { service: backups, store, audit, saver: options.saver, sessions });
  registerSettings(router);
  registerServiceSetUp(router);
  registerImport(router, options.saver);
  const builtInTemplates = new BuiltInTemplates(builtInTemplatesFolder(options.migrationsFolder));
  registerDocuments(router, options.saver, builtInTemplates);
  registerDocumentTemplates(router, options.saver, builtInTemplates);
  registerReports(router, options.saver);
  registerInspectionBundle(router, options.saver);
  registerDataReturn(router);
  registerComplaints(router, audit);
  registerRecords(router, options.saver);
  registerDashboard(router);
  registerMyWork(router);
  registerSeatChannels(router);
  let sharing: SharingControl | null = null;
  registerSharing(router, () => sharing);
  const missing = router.missingHandlers();
  if (missing.length > 0) {
    store.close();
    throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  }
  let startupBackupProblem: string | null = null;
  let preMigrationBackup = opened.preMigrationBackup;
  if (preMigrationBackup) {
    preMigrationBackup = path.join(backups.folder(), backups.adopt(preMigrationBackup, 'pre-migration').name);
    startupBackupProblem = backups.startupProblem;
  }
  if (options.autoBackup) {
    try {
      await backups.createIfDue();
    } catch (error) {
      startupBackupProblem = error instanceof Error ? error.message : String(error);
      backups.startupProblem = startupBackupProblem;
    }
  }
  const backend: Backend = {
    router,
    events,
    store,
    sessions,
    audit,
    clock: options.clock,
    backups,
    schemaState: opened.state,
    preMigrationBackup,
    startupBackupProblem,
    close: () => store.close(),
  };
  if (options.sharing) sharing = options.sharing(backend);
  return backend;
}

/**
 * The folders browser mode and tests keep beside the database file. The keys
 * are not among them: they live outside the data folder (`keysFolderFor`).
 */
export function foldersBeside(file: string) {
  const folder = path.dirname(file);
  return {
    backups: path.join(folder, 'backups'),
    exports: path.join(folder, 'exports'),
    /** Where keys were kept before this release: moved out at start (`moveKeysOutOf`). */
    legacyKeys: path.join(folder, 'keys'),
  };
}

/**
 * The key folder for browser mode and servers: `--keys`, else PANEL_KEYS_DIR,
 * else beside the data folder (`<data folder>-keys/<database name>`: one per
 * database, since the anchor belongs to one audit trail), never inside it.
 */
export function keysFolderFor(file: string, given?: string, env: NodeJS.ProcessEnv = process.env): string {
  const dataFolder = path.dirname(path.resolve(file));
  const folder = path.resolve(given ?? env.PANEL_KEYS_DIR ?? path.join(`${dataFolder}-keys`, path.parse(file).name));
  assertKeysOutsideData(folder, dataFolder);
  return folder;
}
