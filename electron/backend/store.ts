import type { AppDatabase, OpenConnection, SqliteHandle } from '../../db/connection';

/**
 * The open database. A restore swaps the connection underneath; everything
 * that reads `store.db` afterwards sees the restored file.
 */
export class DatabaseStore {
  private connection: OpenConnection;

  constructor(
    connection: OpenConnection,
    readonly file: string,
  ) {
    this.connection = connection;
  }

  get db(): AppDatabase {
    return this.connection.db;
  }

  get sqlite(): SqliteHandle {
    return this.connection.sqlite;
  }

  replace(connection: OpenConnection): void {
    this.connection = connection;
  }

  close(): void {
    if (this.connection.sqlite.open) this.connection.sqlite.close();
  }
}
