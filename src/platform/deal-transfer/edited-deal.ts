// A deal edited by hand (the deals page's form, the background's saveDeal) is held to the same schema
// as an imported one: what an import would refuse, an edit refuses too, with the same reason.
import type { DealRecord } from '../../core/types';
import { t } from '../i18n';
import { canonicalDeal } from './canonical-deal';
import { validateDeal } from './deal-schema';

/** A refused edit; `message` names every problem, as an import report does. */
export class InvalidDealError extends Error {
  override name = 'InvalidDealError';
}

/** The deal in its canonical shape, or an InvalidDealError saying what is wrong with it. */
export function checkEditedDeal(value: unknown): DealRecord {
  const checked = validateDeal(value);
  if (!checked.ok) throw new InvalidDealError(t('dealInvalid', checked.reason));
  return canonicalDeal(checked.deal);
}
