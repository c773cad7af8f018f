import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults, migrateSettings, type Settings } from '../platform/settings';
import type { HighlightSet } from './highlight';
import { NearbyRanges, type MentionSinks } from './nearby-ranges';
import type { PageScan } from './scan-page';

// The storage listener, as the content script would get it from storage.onChanged.
const listeners: ((s: Settings) => void)[] = [];
vi.mock('../platform/settings-storage', () => ({
  watchSettings: (listener: (s: Settings) => void, signal: AbortSignal) => {
    listeners.push(listener);
    signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(listener), 1));
  },
}));
const { applyLiveSettings } = await import('./live-settings');

class FakeHighlight extends Set<unknown> {}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('applyLiveSettings', () => {
  // What the background was asked to put in the page and take out, in order.
  let cssChanges: [string | null, string | null][];
  let failures: unknown[];
  let highlights: HighlightSet;
  let nearby: NearbyRanges<string, null>;
  let money: PageScan['money'];
  const mention = (currency: string, range: string) => ({ kind: 'money', index: 0, mention: { currency }, range }) as unknown as PageScan['money'][number];
  const start = (initial: Partial<Settings> = {}) => {
    const controller = new AbortController();
    const live = applyLiveSettings(
      nearby,
      Promise.resolve(migrateSettings({ ...defaults, ...initial })),
      controller.signal,
      async (css, previous) => void cssChanges.push([css, previous]),
      (error) => failures.push(error),
    );
    return { live, controller };
  };
  const painted = () => [...(highlights.money as unknown as Set<string>)].sort();

  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    cssChanges = [];
    failures = [];
    highlights = { company: new FakeHighlight(), money: new FakeHighlight(), active: new FakeHighlight() } as unknown as HighlightSet;
    // Ranges without a block element are always near: registration follows hiding alone.
    nearby = new NearbyRanges<string, null>({
      sinks: highlights as unknown as MentionSinks<string>,
      targetOf: () => null,
      observe: () => undefined,
      unobserve: () => undefined,
    });
    money = [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    listeners.length = 0;
  });

  it("asks for no sheet for the default style (content.css has it), puts the reader's own in the page, and takes it out on abort", async () => {
    const { controller } = start();
    await flush();
    expect(cssChanges).toEqual([]);
    listeners[0]!(migrateSettings({ highlightStyle: { money: { colour: 'green', fill: false } } }));
    await flush();
    expect(cssChanges).toHaveLength(1);
    const [green, none] = cssChanges[0]!;
    expect(none).toBeNull();
    expect(green).toContain('::highlight(deallens-money) { background-color: transparent');
    // The same style again changes nothing; the default style takes the reader's sheet out.
    listeners[0]!(migrateSettings({ highlightStyle: { money: { colour: 'green', fill: false } } }));
    listeners[0]!(migrateSettings({}));
    await flush();
    expect(cssChanges.slice(1)).toEqual([[null, green]]);
    listeners[0]!(migrateSettings({ highlightStyle: { money: { colour: 'green', fill: false } } }));
    controller.abort();
    await flush();
    expect(cssChanges.slice(2)).toEqual([[green, null], [null, green]]);
    expect(listeners).toHaveLength(0);
    expect(failures).toEqual([]);
  });

  it('applies a stored style of the reader at once', async () => {
    start({ highlightStyle: { ...defaults.highlightStyle, company: { colour: 'pink', fill: true } } });
    await flush();
    expect(cssChanges).toHaveLength(1);
    expect(cssChanges[0]![0]).toContain('::highlight(deallens-company) { background-color: rgba(240, 80, 150, 0.22)');
  });

  it('keeps amounts in ignored currencies tracked but unregistered, as they are read and when the setting changes', async () => {
    const { live } = start({ ignoredCurrencies: ['CNY'] });
    await flush();
    // As scanPage adds them: each range with its mention, all near the viewport here.
    for (const [currency, range] of [['USD', 'usd'], ['CNY', 'cny']] as const) {
      nearby.money.add(range, { currency });
      money.push(mention(currency, range));
    }
    expect(painted()).toEqual(['usd']);
    expect(money.filter(live.shows).map((m) => m.mention.currency)).toEqual(['USD']);
    expect(live.shows({ kind: 'company', mention: {} })).toBe(true);

    listeners[0]!(migrateSettings({ ignoredCurrencies: ['USD'] }));
    expect(painted()).toEqual(['cny']);
    listeners[0]!(migrateSettings({}));
    expect(painted()).toEqual(['cny', 'usd']);
    expect(money.filter(live.shows)).toHaveLength(2);
    expect(nearby.size).toBe(2);
  });
});
