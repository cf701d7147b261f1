import type { OrganisationConfig } from '../../domain/organisation';
import type { Locale } from '../../domain/labels';
import type { ReportModel } from '../../domain/report-model';
import type { BotData } from '../data';
import type { CardMessage } from '../cards/cards';

/** The bot's log: structured enough for the server's logger, small enough to fake. */
export interface BotLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Renders the report model as a Word document (`src/report`'s `renderReportDocx`). */
export type ReportRenderer = (model: ReportModel, locale: Locale) => Promise<Uint8Array>;

/** A rendered report to upload: the published one, or a reader's copy in another language. */
export interface ReportUpload {
  year: number;
  bytes: Uint8Array;
  administrationId?: string | undefined;
  /** The document's language. */
  locale: Locale;
  /**
   * `published`: the municipality's report in the organisation's language, in the year's folder;
   * `copy`: a reader's copy in another language, in that language's folder (never the published).
   */
  kind: 'published' | 'copy';
  /** The generation's date (YYYY-MM-DD), which the file's name carries. */
  date: string;
}

/** Uploads a rendered report and returns the driveItem's `webUrl` as Graph gave it. */
export type ReportUploader = (upload: ReportUpload) => Promise<string>;

/** A 1:1 message to a user who did not write to the bot (a reminder). */
export interface ProactiveMessage {
  serviceUrl: string;
  tenantId?: string | undefined;
  /** The recipient's Entra object id. */
  userAadObjectId: string;
  activity: CardMessage;
}

/** Sends a proactive message; resolves to the id of the 1:1 conversation used. */
export type ProactiveSender = (message: ProactiveMessage) => Promise<{ conversationId: string }>;

/** What every command handler may use. Built once by `createBot`. */
export interface HandlerContext {
  organisation: OrganisationConfig;
  data: BotData;
  tabUrl: string;
  now: () => Date;
  log: BotLogger;
  renderReport: ReportRenderer;
  /** Uploads the rendered report and returns its web URL; undefined means no upload target. */
  uploadReport?: ReportUploader | undefined;
  sendProactive: ProactiveSender;
  /** The Teams app id and static tab entity id, for deep links; the tab URL is used without them. */
  teamsApp?: { appId: string; entityId: string } | undefined;
}

/** An administration's display name from the organisation config (its id if unknown). */
export function administrationName(organisation: OrganisationConfig, id: string): string {
  return organisation.administrations.find((a) => a.id === id)?.name ?? id;
}
