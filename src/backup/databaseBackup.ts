// What a backup asks of a database. One module per database implements it (./sqlite.ts, ./postgres.ts);
// ./index.ts picks one for the URL it is given.

export type DatabaseBackup = {
  /** The copy's name inside a backup folder. */
  fileName: string
  /** Writes a consistent copy of the database at `databaseUrl` into `file`, which exists, empty and 0600. */
  copy(databaseUrl: string, file: string): void
  /** Puts the copy in `file` in place of the database at `databaseUrl`; a damaged copy is refused before any change. */
  restore(file: string, databaseUrl: string): void
}

export const refused = (why: string) => new Error(`Bản sao lưu hỏng hoặc không phải cơ sở dữ liệu (${why}); không khôi phục gì.`)
