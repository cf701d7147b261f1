import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';

/** One request the bot made to the Bot Framework connector. */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown>;
}

/** A fake Bot Framework connector (the `serviceUrl` of test activities) that records every call. */
export interface CapturingConnector {
  url: string;
  calls: ConnectorCall[];
  /** Makes the next conversation creations for these member ids fail with 403 (bot not installed). */
  refuseMembers: Set<string>;
  close(): Promise<void>;
}

/**
 * Starts a connector that answers like the real one: `POST /v3/conversations` returns a new
 * conversation id, `POST …/activities` a new activity id, `PUT …/activities/{id}` the same id.
 */
export async function startConnector(): Promise<CapturingConnector> {
  const calls: ConnectorCall[] = [];
  const refuseMembers = new Set<string>();
  let next = 1;
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v3/conversations', (req, res) => {
    const body = req.body as { members?: Array<{ id: string }> };
    calls.push({
      method: 'POST',
      path: req.path,
      conversationId: '',
      body: req.body as Record<string, unknown>,
    });
    if (body.members?.some((m) => refuseMembers.has(m.id))) {
      res
        .status(403)
        .json({ error: { code: 'BotNotInConversationRoster', message: 'not installed' } });
      return;
    }
    res.status(201).json({ id: `a:conversation-${next++}` });
  });
  app.post('/v3/conversations/:conversationId/activities', (req, res) => {
    calls.push({
      method: 'POST',
      path: req.path,
      conversationId: req.params.conversationId,
      body: req.body as Record<string, unknown>,
    });
    res.status(201).json({ id: `activity-${next++}` });
  });
  app.put('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    calls.push({
      method: 'PUT',
      path: req.path,
      conversationId: req.params.conversationId,
      activityId: req.params.activityId,
      body: req.body as Record<string, unknown>,
    });
    res.status(200).json({ id: req.params.activityId });
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    refuseMembers,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The whole text of a message the bot sent: its card's fallbackText (a card message has no text). */
export function sentText(call: ConnectorCall | undefined): string {
  const attachments = call?.body.attachments as
    Array<{ content?: { fallbackText?: string } }> | undefined;
  return String(attachments?.[0]?.content?.fallbackText ?? call?.body.text ?? '');
}
