/**
 * The Graph data layer: the only code that knows Microsoft Graph URLs. Everything the app stores
 * or reads goes through here, against graph.microsoft.com or the local emulator alike.
 */
export {
  APP_VERSION,
  GRAPH_BASE_URL,
  graphBaseUrlAt,
  createGraphClient,
  defaultStages,
  type GraphClient,
  type GraphClientOptions,
  type GraphResponse,
  type HttpMethod,
  type RequestOptions,
} from './client.js';
export {
  ConflictError,
  GraphError,
  isAuthError,
  isForbidden,
  isNotFound,
  parseRetryAfter,
  toGraphError,
} from './errors.js';
export {
  backoffDelayMs,
  stage,
  withAuth,
  withFetch,
  withRequestState,
  withRetry,
  withTelemetry,
  withTimeout,
  type RetryOptions,
  type Stage,
  type TokenProvider,
} from './middleware.js';
export {
  MAX_BATCH_SIZE,
  batchRequests,
  unwrapBatchResponse,
  type BatchOptions,
  type BatchRequest,
  type BatchResponse,
} from './batch.js';
export {
  getAllPages,
  getAllPagesBatched,
  getCollection,
  type Collection,
  type Page,
} from './paging.js';
export * as odata from './odata.js';
export type { ODataFilter, ODataValue, OrderBy } from './odata.js';
export * from './lists/definitions.js';
export {
  fromListItem,
  fromListItems,
  toFields,
  type GraphListItem,
  type InvalidItem,
} from './lists/mapping.js';
export {
  InvalidRecordError,
  LIST_ITEMS_PAGE_SIZE,
  createActivityRepository,
  createCallResponseRepository,
  createContactPersonRepository,
  createDevelopmentInitiativeRepository,
  createFundingCallRepository,
  createListRepository,
  createNetworkMembershipRepository,
  createProjectRepository,
  createLegacySubmissionRepository,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
  resolveListId,
  type ListOptions,
  type ListRepository,
  type RecordVersion,
} from './repositories.js';
export { loadReporting, type LoadReportingOptions, type ReportingData } from './reporting.js';
export {
  getMyAdministrations,
  getSiteWebUrl,
  isNetworkOwner,
  resolveSites,
  type UserRef,
  type OrganisationSites,
  type SiteRef,
} from './sites.js';
export {
  activitiesOfYearFilter,
  createDeltaCache,
  isActivityOfYear,
  isProjectOfYear,
  loadOrganisationRecords,
  projectsOfYearFilter,
  type DeltaCache,
  type LoadOptions,
  type OrganisationRecords,
} from './load.js';
export {
  listBody,
  provision,
  type GroupMembership,
  type ProvisionOptions,
  type ProvisionResult,
} from './provisioning/provision.js';
export {
  SAMPLE_DOMAIN,
  sampleContactPerson,
  sampleCoordinator,
  sampleMembership,
} from './provisioning/sample-directory.js';
export { seedSampleData, type SeedOptions, type SeedResult } from './provisioning/seed.js';
export {
  findUserIds,
  getUser,
  groupByNicknameRequest,
  isGroupMember,
  listGroupOwners,
  listMyGroups,
  resolveDisplayNames,
  resolveUserIds,
  userRequest,
  type DirectoryUser,
  type MyGroup,
  type UserField,
} from './directory.js';
export {
  SIMPLE_UPLOAD_MAX_BYTES,
  createNetworkTeam,
  ensureSharedChannel,
  getChannelFilesFolder,
  syncChannelMembers,
  uploadFile,
  waitForOperation,
  type ChannelRef,
  type MemberSyncResult,
  type PollOptions,
  type SharedChannelOptions,
  type UploadedFile,
} from './teams.js';
export {
  answerCall,
  loadDevelopmentInitiatives,
  type CallAnswer,
  type CallAnswerResult,
} from './funding.js';
export { PROVISIONING_APP_PERMISSIONS, RUNTIME_APP_PERMISSIONS } from './permissions.js';
export {
  appSites,
  grantRuntimeSiteAccess,
  verifyRuntimeAccess,
  RUNTIME_SITE_ROLE,
  type AppSite,
  type GrantedApp,
} from './provisioning/site-grants.js';
