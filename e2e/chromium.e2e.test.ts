import { describe } from 'vitest';
import { launchChromium } from './chromium-driver';
import { describeExtension } from './scenarios/index';

describe('DealLens in Chromium', () => describeExtension(launchChromium));
