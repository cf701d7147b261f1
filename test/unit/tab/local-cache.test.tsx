// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, keys, set } from 'idb-keyval';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import './dom-setup';
import { aProject, anActivity, fakeData, renderTab } from './support';
import { createLocalCache, scopeKey, type CacheScope } from '../../../src/tab/data/local-cache';
import { savedRecords } from '../../../src/tab/data/saved-reads';
import { restoreDeltaState, saveDeltaState } from '../../../src/tab/data/delta-state';
import { useRecords } from '../../../src/tab/data/hooks';
import { RefreshBadge, RefreshFailed } from '../../../src/tab/app/RefreshStatus';
import { createDeltaCache } from '../../../src/graph/load';
import type { Activity, Project } from '../../../src/domain/records';

const GRAPH = 'http://127.0.0.1:5100/v1.0';
const alice: CacheScope = { graphBaseUrl: GRAPH, user: 'kontakt.utbildning@vaxjo.example' };
const bob: CacheScope = { graphBaseUrl: GRAPH, user: 'personal1.omsorg@vaxjo.example' };

let store: ReturnType<typeof createStore>;
beforeEach(() => {
  // A new, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
  store = createStore('test-db', 'saved-reads');
});
const cacheOf = (scope: CacheScope) => createLocalCache(scope, () => store);

const records = (projects: Project[], activities: Activity[] = []) => ({ projects, activities });

describe('local cache', () => {
  it('should read back what it saved, validated by the record schemas', async () => {
    const saved = records(
      [aProject({ title: 'Skolutbyte Kaunas', appliedAmount: 350000.5, currency: 'EUR' })],
      [anActivity({ title: 'Eurocities årsmöte' })],
    );
    await savedRecords(cacheOf(alice), undefined).write(saved);

    const back = await savedRecords(cacheOf(alice), undefined).read();
    expect(back?.value).toEqual(saved);
    expect(Date.parse(back?.savedAt ?? '')).not.toBeNaN();
  });

  it('should serve a read from an entry warmed at the start, validated the same way', async () => {
    const saved = records([aProject({ title: 'Förhämtat projekt' })]);
    await savedRecords(cacheOf(alice), undefined).write(saved);
    const cache = cacheOf(alice);

    cache.warm(['records:all']);
    await set([scopeKey(alice), 'records:all'], 'not an entry', store);

    // The warmed read was under way before the entry was spoilt; the next read sees it and drops it.
    expect((await savedRecords(cache, undefined).read())?.value).toEqual(saved);
    expect(await savedRecords(cache, undefined).read()).toBeUndefined();
  });

  it("should never give one user's records to another user or another tenant", async () => {
    await savedRecords(cacheOf(alice), undefined).write(records([aProject()]));

    expect(await savedRecords(cacheOf(bob), undefined).read()).toBeUndefined();
    expect(
      await savedRecords(cacheOf({ ...alice, tenantId: 'another-tenant' }), undefined).read(),
    ).toBeUndefined();
    expect(await savedRecords(cacheOf(alice), 2025).read()).toBeUndefined();
    expect(await savedRecords(cacheOf(alice), undefined).read()).toBeDefined();
  });

  it('should drop an entry that does not validate, and read it as nothing saved', async () => {
    const key = [scopeKey(alice), 'records:all'];
    await set(
      key,
      {
        format: 1,
        scope: scopeKey(alice),
        savedAt: new Date().toISOString(),
        // A project without its title or kind: what an older or tampered copy might hold.
        value: { projects: [{ administrationId: 'utbildning' }], activities: [] },
      },
      store,
    );

    expect(await savedRecords(cacheOf(alice), undefined).read()).toBeUndefined();
    expect(await get(key, store)).toBeUndefined();
  });

  it("should drop an entry whose envelope names another user's scope", async () => {
    const key = [scopeKey(alice), 'records:all'];
    await set(
      key,
      { format: 1, scope: scopeKey(bob), savedAt: new Date().toISOString(), value: records([]) },
      store,
    );

    expect(await savedRecords(cacheOf(alice), undefined).read()).toBeUndefined();
    expect(await get(key, store)).toBeUndefined();
  });

  it("should clear one user's entries and leave another's", async () => {
    await savedRecords(cacheOf(alice), undefined).write(records([aProject()]));
    await savedRecords(cacheOf(bob), undefined).write(records([aProject()]));

    await cacheOf(alice).clear();

    expect(await keys(store)).toEqual([[scopeKey(bob), 'records:all']]);
  });

  it('should read nothing and save nothing, without throwing, when there is no IndexedDB', async () => {
    const none = createLocalCache(alice, () => {
      throw new ReferenceError('indexedDB is not defined');
    });

    await expect(none.write('records:all', records([]))).resolves.toBeUndefined();
    await expect(savedRecords(none, undefined).read()).resolves.toBeUndefined();
  });
});

describe('delta state', () => {
  const item = (id: string) => ({ id, eTag: `"${id},1"`, fields: { Title: `Projekt ${id}` } });

  it('should restore the delta links, items and list ids it saved', async () => {
    const cache = createDeltaCache();
    cache.listIds.set('site-1', new Map([['Internationella projekt', 'list-1']]));
    cache.lists.set('site-1/list-1', {
      deltaLink: `${GRAPH}/sites/site-1/lists/list-1/items/delta?token=abc`,
      items: new Map([['1', item('1')]]),
    });
    await saveDeltaState(cacheOf(alice), cache);

    const restored = createDeltaCache();
    expect(await restoreDeltaState(cacheOf(alice), restored, GRAPH)).toBe(true);
    expect(restored.listIds).toEqual(cache.listIds);
    expect(restored.lists).toEqual(cache.lists);
  });

  it('should not follow a saved delta link that points away from the Graph endpoint', async () => {
    const cache = createDeltaCache();
    cache.lists.set('site-1/list-1', {
      deltaLink: 'https://attacker.example/v1.0/sites/site-1/lists/list-1/items/delta?token=abc',
      items: new Map([['1', item('1')]]),
    });
    await saveDeltaState(cacheOf(alice), cache);

    const restored = createDeltaCache();
    expect(await restoreDeltaState(cacheOf(alice), restored, GRAPH)).toBe(false);
    expect(restored.lists.size).toBe(0);
  });
});

function Titles() {
  const loaded = useRecords();
  return (
    <>
      <RefreshBadge />
      <RefreshFailed />
      {loaded.error !== undefined && <p>Sidans eget fel</p>}
      <ul>
        {loaded.data?.projects.map((p) => (
          <li key={p.title}>{p.title}</li>
        ))}
      </ul>
    </>
  );
}

/** A load that answers when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('records shown from the local cache', () => {
  it('should show the saved records marked as refreshing, then Graph’s answer unmarked, and save it', async () => {
    const cache = cacheOf(alice);
    await savedRecords(cache, undefined).write(records([aProject({ title: 'Sparat projekt' })]));
    const answer = deferred<{ projects: Project[]; activities: Activity[] }>();
    const { data } = fakeData({ user: alice.user });
    renderTab(<Titles />, { ...data, cache, loadRecords: () => answer.promise });

    expect(await screen.findByText('Sparat projekt')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Uppdaterar…');

    await act(async () => answer.resolve(records([aProject({ title: 'Nytt från Graph' })])));

    expect(await screen.findByText('Nytt från Graph')).toBeTruthy();
    expect(screen.queryByText('Sparat projekt')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    await waitFor(async () =>
      expect((await savedRecords(cache, undefined).read())?.value.projects[0]?.title).toBe(
        'Nytt från Graph',
      ),
    );
  });

  it('should keep the saved records shown when the refresh fails, say so and retry', async () => {
    const cache = cacheOf(alice);
    await savedRecords(cache, undefined).write(records([aProject({ title: 'Sparat projekt' })]));
    let calls = 0;
    const { data } = fakeData({ user: alice.user });
    renderTab(<Titles />, {
      ...data,
      cache,
      loadRecords: async () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return records([aProject({ title: 'Nytt från Graph' })]);
      },
    });

    expect(await screen.findByText('Kunde inte uppdatera')).toBeTruthy();
    expect(screen.getByText('Sparat projekt')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    // One message, the shell's: the page itself shows no error beside its saved records.
    expect(screen.queryByText('Sidans eget fel')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByText('Nytt från Graph')).toBeTruthy();
    expect(screen.queryByText('Kunde inte uppdatera')).toBeNull();
  });

  it('should not show a copy saved for another user', async () => {
    await savedRecords(cacheOf(bob), undefined).write(
      records([aProject({ title: 'Bobs projekt' })]),
    );
    const mine = cacheOf(alice);
    const reads: Promise<unknown>[] = [];
    const cache = {
      ...mine,
      read: ((name, schema) => {
        const read = mine.read(name, schema);
        reads.push(read);
        return read;
      }) as typeof mine.read,
    };
    const answer = deferred<{ projects: Project[]; activities: Activity[] }>();
    const { data } = fakeData({ user: alice.user });
    renderTab(<Titles />, { ...data, cache, loadRecords: () => answer.promise });

    await act(async () => {
      await waitFor(() => expect(reads).toHaveLength(1));
      await Promise.all(reads);
    });
    expect(screen.queryByText('Bobs projekt')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    await act(async () => answer.resolve(records([])));
  });
});
