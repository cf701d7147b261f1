import type { DevelopmentInitiative, FundingCall } from '../domain/funding';
import type {
  Activity,
  ContactPerson,
  Project,
  ReportingRound,
  ReviewDecision,
  Submission,
} from '../domain/records';
import type { DirectoryUser } from '../graph/directory';

/** A directory user as the bot needs it: the graph layer's (`getUser`). */
export type { DirectoryUser } from '../graph/directory';

/**
 * What the bot reads, as one port. The implementation (`createGraphBotData`) reads everything
 * through Microsoft Graph with the app-only client: SharePoint lists for records, the directory for
 * users and the network group's owners. Handlers depend on this interface only.
 */
export interface BotData {
  /** Projects and activities of every administration (optionally one), for the year's report. */
  loadRecords(
    year: number,
    administrationId?: string,
  ): Promise<{ projects: Project[]; activities: Activity[] }>;
  /** The reporting round of the year, if the coordinator has opened one. */
  reportingRound(year: number): Promise<ReportingRound | undefined>;
  /**
   * The year's submissions (from the administrations' sites) and the coordinator's review
   * decisions (network site): `reportingStatusOf` in src/domain derives each status from them.
   */
  reporting(year: number): Promise<{ submissions: Submission[]; decisions: ReviewDecision[] }>;
  /** The contact-person registry of the network site. */
  contactPersons(): Promise<ContactPerson[]>;
  /** A user by object id or userPrincipalName; undefined when the directory has no such user. */
  findUser(idOrUpn: string): Promise<DirectoryUser | undefined>;
  /** The coordinator rule (`isNetworkOwner` in src/graph): an owner of the network group. */
  isCoordinator(user: DirectoryUser): Promise<boolean>;
  /** Whether the user (object id) is a member of the network group (contact persons, coordinator). */
  isNetworkMember(userId: string): Promise<boolean>;
  /**
   * The funding calls on the network site (all of them; the handler picks the open ones).
   * Optional so data ports written before funding calls existed still compile; without it the
   * bot says calls are not available.
   */
  fundingCalls?(): Promise<FundingCall[]>;
  /**
   * One project or activity from its administration's site; undefined when it does not exist.
   * Optional like `fundingCalls`; without it good examples cannot be shared.
   */
  record?(
    administrationId: string,
    kind: 'project' | 'activity',
    itemId: string,
  ): Promise<Project | Activity | undefined>;
  /**
   * The development initiatives of the year (optionally of one administration), for the report
   * card's considered-share indicator; optional, and without it the card leaves the figure out.
   */
  initiatives?(year: number, administrationId?: string): Promise<DevelopmentInitiative[]>;
  /** The id of the network's shared channel (the bot's conversation id for it), if set up. */
  networkChannelId?(): Promise<string | undefined>;
}
