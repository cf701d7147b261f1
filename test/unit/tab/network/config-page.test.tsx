// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import {
  ConfigPage,
  type PagesConfigApi,
  type SaveEvent,
} from '../../../../src/tab/config-page/ConfigPage';
import {
  featureFromSearch,
  isConfigPath,
  tabConfigFor,
} from '../../../../src/tab/config-page/tab-config';

const ORIGIN = 'https://ia.vaxjo.example';

function fakePages(setConfig: PagesConfigApi['setConfig'] = async () => undefined) {
  let handler: ((event: SaveEvent) => void) | undefined;
  const pages = {
    registerOnSaveHandler: vi.fn((h: (event: SaveEvent) => void) => {
      handler = h;
    }),
    setValidityState: vi.fn(),
    setConfig: vi.fn(setConfig),
  };
  const save = async () => {
    const event = { notifySuccess: vi.fn(), notifyFailure: vi.fn() };
    handler?.(event);
    // The handler awaits setConfig, then answers the host one way or the other: wait for that.
    await vi.waitFor(() =>
      expect(event.notifySuccess.mock.calls.length + event.notifyFailure.mock.calls.length).toBe(1),
    );
    return event;
  };
  return { pages, save };
}

describe('tabConfigFor', () => {
  it('should open the app on the chosen feature', () => {
    expect(tabConfigFor(`${ORIGIN}/`, 'network', 'sv')).toEqual({
      entityId: 'internationellt-arbete-network',
      contentUrl: `${ORIGIN}/?feature=network`,
      websiteUrl: `${ORIGIN}/?feature=network`,
      suggestedDisplayName: 'Nätverket',
    });
  });
});

describe('isConfigPath', () => {
  it('should match /config with or without a trailing slash only', () => {
    expect(['/config', '/config/', '/configure', '/'].map(isConfigPath)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('featureFromSearch', () => {
  it('should pick a known feature from ?feature=', () => {
    expect(featureFromSearch('?user=x&feature=network', ['overview', 'network'])).toBe('network');
  });

  it('should ignore an unknown feature', () => {
    expect(featureFromSearch('?feature=admin', ['overview', 'network'])).toBeUndefined();
  });
});

describe('ConfigPage', () => {
  it('should mark the configuration valid at once', () => {
    const { pages } = fakePages();
    render(<ConfigPage pages={pages} origin={ORIGIN} locale="sv" />);
    expect(pages.setValidityState).toHaveBeenCalledWith(true);
  });

  it('should save the chosen feature with setConfig and notify success', async () => {
    const { pages, save } = fakePages();
    render(<ConfigPage pages={pages} origin={ORIGIN} locale="sv" initial="network" />);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Fliken visar' }),
      'projects',
    );
    const event = await save();
    expect([
      pages.setConfig.mock.calls[0]?.[0].contentUrl,
      event.notifySuccess.mock.calls.length,
    ]).toEqual([`${ORIGIN}/?feature=projects`, 1]);
  });

  it('should report a failed setConfig to Teams with the reason', async () => {
    const { pages, save } = fakePages(async () => {
      throw new Error('host refused');
    });
    render(<ConfigPage pages={pages} origin={ORIGIN} locale="en" />);
    const event = await save();
    expect(event.notifyFailure).toHaveBeenCalledWith('host refused');
  });

  it('should speak English when the host locale is English', () => {
    const { pages } = fakePages();
    render(<ConfigPage pages={pages} origin={ORIGIN} locale="en" />);
    expect(screen.getByRole('heading', { name: 'Add International work' })).toBeTruthy();
  });

  it('should say that the page is used in Teams when opened in a plain browser', () => {
    const { pages } = fakePages();
    render(<ConfigPage pages={pages} origin={ORIGIN} locale="sv" outsideTeams />);
    expect(screen.getByText(/används i Teams/)).toBeTruthy();
  });
});
