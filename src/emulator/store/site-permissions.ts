import type { Db } from './db.js';

/**
 * Application permissions on one site (`POST /sites/{id}/permissions`): what an app holding the
 * `Sites.Selected` role may do there. Graph's roles are `read`, `write`, `manage` and
 * `fullcontrol`; a grant names one application.
 */
export const SITE_PERMISSION_ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;
export type SitePermissionRole = (typeof SITE_PERMISSION_ROLES)[number];

export interface SitePermission {
  id: string;
  siteId: string;
  roles: SitePermissionRole[];
  appId: string;
  appDisplayName: string | null;
}

interface Row {
  id: string;
  site_id: string;
  roles: string;
  app_id: string;
  app_display_name: string | null;
}

const fromRow = (r: Row): SitePermission => ({
  id: r.id,
  siteId: r.site_id,
  roles: JSON.parse(r.roles) as SitePermissionRole[],
  appId: r.app_id,
  appDisplayName: r.app_display_name,
});

/** The sites' application grants, persisted with the rest of the emulator's state. */
export class SitePermissionStore {
  constructor(private readonly db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS site_app_permissions (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      roles TEXT NOT NULL,
      app_id TEXT NOT NULL,
      app_display_name TEXT
    )`);
  }

  list(siteId: string): SitePermission[] {
    return (
      this.db
        .prepare('SELECT * FROM site_app_permissions WHERE site_id = ? ORDER BY rowid')
        .all(siteId) as unknown as Row[]
    ).map(fromRow);
  }

  create(grant: Omit<SitePermission, 'id'>, id: string): SitePermission {
    this.db
      .prepare(
        'INSERT INTO site_app_permissions (id, site_id, roles, app_id, app_display_name) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, grant.siteId, JSON.stringify(grant.roles), grant.appId, grant.appDisplayName);
    return { id, ...grant };
  }

  /** Every role granted to the app on the site (several grants add up). */
  rolesOf(siteId: string, appId: string): SitePermissionRole[] {
    return this.list(siteId)
      .filter((g) => g.appId.toLowerCase() === appId.toLowerCase())
      .flatMap((g) => g.roles);
  }
}
