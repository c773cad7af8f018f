// The end-to-end scenario both browsers run: the built extension on pages served on 127.0.0.1,
// driven by real mouse clicks and key presses. One browser per test file runs every area, in this
// order: the areas from options on keep the settings they change (home currency EUR from the
// options area on), the welcome area just before them puts back every setting and grant it
// changes, the highlights, cards and popup areas share the article page (in that order), and
// lifecycle reloads the extension last.
import type { ExtensionDriver } from '../driver';
import { describeBoundary } from './boundary';
import { describeCards } from './cards';
import { launchScenario } from './context';
import { describeDealsPage } from './deals-page';
import { describeHighlights } from './highlights';
import { describeLifecycle } from './lifecycle';
import { describeOptions } from './options';
import { describePopup } from './popup';
import { describeRobustness } from './robustness';
import { describeSiteAccess } from './site-access';
import { describeWelcome } from './welcome';

export function describeExtension(launch: () => Promise<ExtensionDriver>): void {
  const scenario = launchScenario(launch);
  describeSiteAccess(scenario);
  describeHighlights(scenario);
  describeCards(scenario);
  describePopup(scenario);
  describeRobustness(scenario);
  describeWelcome(scenario);
  describeOptions(scenario);
  describeDealsPage(scenario);
  describeBoundary(scenario);
  describeLifecycle(scenario);
}
