import { badRequest } from '../errors.js';
import type { Handler, RouteContext } from '../http/types.js';
import { newGuid } from '../ids.js';
import { requireSitePermissionAdmin } from '../permissions.js';
import {
  SITE_PERMISSION_ROLES,
  type SitePermission,
  type SitePermissionRole,
} from '../store/site-permissions.js';
import { bodyObject, collection, created, ok } from './shape.js';
import { resolveSite } from './sites.js';

/**
 * `GET`/`POST /sites/{id}/permissions`: application permissions on a site, what `Sites.Selected`
 * apps may do there (https://learn.microsoft.com/graph/api/site-post-permissions). Both need
 * `Sites.FullControl.All`; only application grants can be created, as in Graph.
 */

const view = (p: SitePermission) => {
  const identities = [
    {
      application: { id: p.appId, ...(p.appDisplayName ? { displayName: p.appDisplayName } : {}) },
    },
  ];
  return {
    id: p.id,
    '@deprecated.GrantedToIdentities':
      'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
    roles: p.roles,
    grantedToIdentities: identities,
    grantedToIdentitiesV2: identities,
  };
};

export const listSitePermissions =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    requireSitePermissionAdmin(req.principal);
    const site = resolveSite(ctx, p.siteId ?? '');
    return ok(collection(ctx.store.sitePermissions.list(site.site.id).map(view)));
  };

export const createSitePermission =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    requireSitePermissionAdmin(req.principal);
    const site = resolveSite(ctx, p.siteId ?? '');
    const body = bodyObject(req);
    const roles = body.roles;
    if (
      !Array.isArray(roles) ||
      roles.length === 0 ||
      !roles.every((r) =>
        SITE_PERMISSION_ROLES.includes(String(r).toLowerCase() as SitePermissionRole),
      )
    ) {
      throw badRequest(`roles: one or more of ${SITE_PERMISSION_ROLES.join(', ')}.`);
    }
    const identities = body.grantedToIdentitiesV2 ?? body.grantedToIdentities;
    const first = Array.isArray(identities)
      ? (identities[0] as Record<string, unknown>)
      : undefined;
    const application = first?.application as { id?: unknown; displayName?: unknown } | undefined;
    if (!application || typeof application.id !== 'string' || application.id === '') {
      // Graph: only application permissions can be created on a site this way.
      throw badRequest('grantedToIdentities: an application with its id is required.');
    }
    const grant = ctx.store.sitePermissions.create(
      {
        siteId: site.site.id,
        roles: roles.map((r) => String(r).toLowerCase() as SitePermissionRole),
        appId: application.id,
        appDisplayName:
          typeof application.displayName === 'string' ? application.displayName : null,
      },
      newGuid(),
    );
    return created(view(grant));
  };
