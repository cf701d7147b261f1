import type { Router } from '../http/router.js';
import type { RouteContext } from '../http/types.js';
import type { GraphService } from '../http/service.js';
import { createBatch } from './batch.js';
import * as drives from './drives.js';
import * as groups from './groups.js';
import * as items from './items.js';
import * as sites from './sites.js';
import * as sitePermissions from './site-permissions.js';
import * as teams from './teams.js';
import * as users from './users.js';

/**
 * Every implemented Graph v1.0 route. Paths mirror Graph's URLs; literal segments come before
 * parameters where both could match (`items/delta` before `items/:itemId`).
 */
export function addGraphRoutes(router: Router, ctx: RouteContext, service: GraphService): void {
  router
    .add('POST', '/$batch', createBatch((r, o) => service.execute(r, o)))
    .add('GET', '/me', users.getMe(ctx))
    .add('GET', '/me/memberOf', users.listMemberOf(ctx))
    .add('GET', '/me/ownedObjects', users.listOwnedObjects(ctx))
    .add('GET', '/users', users.listUsers(ctx))
    .add('GET', '/users/:userId', users.getUser(ctx))
    .add('GET', '/users/:userId/memberOf', users.listMemberOf(ctx))
    .add('GET', '/users/:userId/ownedObjects', users.listOwnedObjects(ctx))
    .add('GET', '/groups', groups.listGroups(ctx))
    .add('POST', '/groups', groups.createGroup(ctx))
    .add('GET', '/groups/:groupId', groups.getGroup(ctx))
    .add('PATCH', '/groups/:groupId', groups.updateGroup(ctx));
  for (const rel of ['members', 'owners']) {
    router
      .add('GET', `/groups/:groupId/${rel}`, groups.listMembers(ctx))
      .add('POST', `/groups/:groupId/${rel}/$ref`, groups.addMemberRef(ctx))
      .add('DELETE', `/groups/:groupId/${rel}/:userId/$ref`, groups.removeMemberRef(ctx));
  }
  router
    .add('GET', '/sites/:siteId/permissions', sitePermissions.listSitePermissions(ctx))
    .add('POST', '/sites/:siteId/permissions', sitePermissions.createSitePermission(ctx));
  // A site is `/sites/{ref}` or a group's `/groups/{id}/sites/root`; everything below is shared.
  for (const site of ['/sites/:siteId', '/groups/:groupId/sites/root']) {
    const list = `${site}/lists/:listId`;
    router
      .add('GET', site, sites.getSite(ctx))
      .add('GET', `${site}/drive`, drives.getSiteDrive(ctx))
      .add('GET', `${site}/drives`, drives.listSiteDrives(ctx))
      .add('GET', `${site}/lists`, sites.listLists(ctx))
      .add('POST', `${site}/lists`, sites.createList(ctx))
      .add('GET', list, sites.getList(ctx))
      .add('DELETE', list, sites.deleteList(ctx))
      .add('GET', `${list}/columns`, sites.listColumns(ctx))
      .add('POST', `${list}/columns`, sites.createColumn(ctx))
      .add('GET', `${list}/columns/:columnId`, sites.getColumn(ctx))
      .add('PATCH', `${list}/columns/:columnId`, sites.updateColumn(ctx))
      .add('GET', `${list}/items/delta`, items.itemsDelta(ctx))
      .add('GET', `${list}/items`, items.listItems(ctx))
      .add('POST', `${list}/items`, items.createItem(ctx))
      .add('GET', `${list}/items/:itemId`, items.getItem(ctx))
      .add('PATCH', `${list}/items/:itemId`, items.updateItem(ctx))
      .add('DELETE', `${list}/items/:itemId`, items.deleteItem(ctx))
      .add('GET', `${list}/items/:itemId/fields`, items.getItemFields(ctx))
      .add('PATCH', `${list}/items/:itemId/fields`, items.updateItemFields(ctx))
      .add('GET', `${list}/items/:itemId/versions`, items.listItemVersions(ctx));
  }
  router
    .add('GET', '/groups/:groupId/drive', drives.getSiteDrive(ctx))
    .add('GET', '/groups/:groupId/drives', drives.listSiteDrives(ctx))
    .add('GET', '/drives/:driveId', drives.getDrive(ctx))
    .add('GET', '/drives/:driveId/items/:itemRef', drives.getDriveItem(ctx))
    .add('DELETE', '/drives/:driveId/items/:itemRef', drives.deleteDriveItem(ctx))
    .add('GET', '/drives/:driveId/items/:itemRef/children', drives.listChildren(ctx))
    .add('POST', '/drives/:driveId/items/:itemRef/children', drives.createChild(ctx))
    .add('GET', '/drives/:driveId/items/:itemRef/content', drives.getContent(ctx))
    .add('PUT', '/drives/:driveId/items/:itemRef/content', drives.putContent(ctx))
    .add('POST', '/drives/:driveId/items/:itemRef/createUploadSession', drives.createUploadSession(ctx));
  const channel = '/teams/:teamId/channels/:channelId';
  router
    .add('GET', '/me/joinedTeams', teams.listJoinedTeams(ctx))
    .add('GET', '/users/:userId/joinedTeams', teams.listJoinedTeams(ctx))
    .add('POST', '/teams', teams.createTeam(ctx))
    .add('GET', '/teams/:teamId', teams.getTeam(ctx))
    .add('GET', '/teams/:teamId/operations/:operationId', teams.getOperation(ctx))
    .add('GET', '/teams/:teamId/members', teams.listTeamMembers(ctx))
    .add('POST', '/teams/:teamId/members/add', teams.bulkAddTeamMembers(ctx))
    .add('POST', '/teams/:teamId/members', teams.addTeamMemberRoute(ctx))
    .add('DELETE', '/teams/:teamId/members/:membershipId', teams.removeTeamMember(ctx))
    .add('GET', '/teams/:teamId/channels', teams.listChannels(ctx))
    .add('POST', '/teams/:teamId/channels', teams.createChannel(ctx))
    .add('GET', channel, teams.getChannel(ctx))
    .add('GET', `${channel}/members`, teams.listChannelMembers(ctx))
    .add('POST', `${channel}/members/add`, teams.bulkAddChannelMembers(ctx))
    .add('POST', `${channel}/members`, teams.addChannelMemberRoute(ctx))
    .add('DELETE', `${channel}/members/:membershipId`, teams.removeChannelMember(ctx))
    .add('GET', `${channel}/filesFolder`, teams.getFilesFolder(ctx))
    .add('GET', `${channel}/messages`, teams.listMessages(ctx))
    .add('POST', `${channel}/messages`, teams.postMessage(ctx));
}
