// The deals page's edit form for one deal: its fields, investors one a line ("name | lead", "名称 | 领投": investor-lines.ts), checked
// as an import would check it before it is sent (the background checks again).
import { useState } from 'preact/hooks';
import type { DealRecord, DealType } from '../core/types';
import { sendToBackground } from '../messages/send';
import { checkEditedDeal } from '../platform/deal-transfer';
import { t } from '../platform/i18n';
import { dealTypeLabel } from '../ui/deal-summary';
import type { ListedDeal as Deal } from './listed-deal';
import { errorText } from '../platform/error-text';
import { investorLines, readInvestorLines, type RoleWords } from './investor-lines';


const roleWords = (): RoleWords => ({ lead: t('dealsRoleLead'), participant: t('dealsRoleParticipant'), existing: t('dealsRoleExisting') });

const DEAL_TYPES: DealType[] = ['funding', 'acquisition', 'merger', 'ipo', 'stake-sale', 'debt'];

export function EditForm({ deal, onDone }: { deal: Deal; onDone: (saved: boolean) => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const amount = Number(text('amount'));
    const edited: DealRecord = {
      ...deal,
      type: text('type') as DealType,
      date: text('date'),
      target: { ...deal.target, name: text('target') || deal.target.name },
      investors: readInvestorLines(text('investors'), deal.investors, roleWords()),
      ...(text('round') ? { round: text('round') } : { round: undefined }),
      ...(text('amount') && amount > 0 ? { amount: { ...deal.amount, amount, currency: text('currency').toUpperCase() || deal.amount?.currency || 'USD' } } : { amount: undefined }),
    };
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(edited.date)) return setError(t('dealsDateInvalid'));
    try {
      // What an import would refuse is refused here too, before it is sent (the background checks again).
      const { firstSeen: _, ...record } = JSON.parse(JSON.stringify(edited)) as Deal;
      await sendToBackground('saveDeal', { deal: checkEditedDeal(record) });
      onDone(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form class="edit" onSubmit={(e) => void submit(e)} aria-label={t('dealsEditLabel', `${deal.target.name} · ${deal.date}`)}>
      <label for="e-target">{t('dealsFieldTarget')}</label>
      <input id="e-target" name="target" value={deal.target.name} />
      <label for="e-type">{t('dealsFieldType')}</label>
      <select id="e-type" name="type" value={deal.type}>{DEAL_TYPES.map((type) => <option key={type} value={type}>{dealTypeLabel(type)}</option>)}</select>
      <label for="e-date">{t('dealsFieldDate')}</label>
      <input id="e-date" name="date" value={deal.date} />
      <label for="e-round">{t('dealsFieldRound')}</label>
      <input id="e-round" name="round" value={deal.round ?? ''} />
      <label for="e-amount">{t('dealsFieldAmount')}</label>
      <input id="e-amount" name="amount" inputMode="decimal" value={deal.amount?.amount ?? ''} />
      <label for="e-currency">{t('dealsFieldCurrency')}</label>
      <input id="e-currency" name="currency" value={deal.amount?.currency ?? ''} maxLength={3} />
      <label for="e-investors">{t('dealsFieldInvestors')}</label>
      <textarea id="e-investors" name="investors" rows={4} value={investorLines(deal.investors, roleWords())} />
      <span />
      <span>
        <button type="submit">{t('dealsSave')}</button> <button type="button" onClick={() => onDone(false)}>{t('dealsCancel')}</button>
        {error && <span class="warn"> {error}</span>}
      </span>
    </form>
  );
}
