import { useEffect, useState } from 'preact/hooks';
import type { MoneyMention } from '../../core/types';
import type { ConversionAnswer } from '../../messages/contract';
import { sendToBackground } from '../../messages/send';
import { formatMoney, formatRange, formatRate } from '../../ui/format-money';
import type { ArticleDate } from '../article-date';

/** Relative difference under which a stated equivalent counts as consistent with the rate. */
export const EQUIVALENT_TOLERANCE = 0.02;

interface Props {
  mention: MoneyMention;
  /** The amount this one restates, or that restates this one ("equivalent to …"). */
  partner: MoneyMention | null;
  articleDate: ArticleDate | null;
  homeCurrency: string;
}

export function MoneyCard({ mention, partner, articleDate, homeCurrency }: Props) {
  const [answers, setAnswers] = useState<ConversionAnswer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const to = mention.currency === homeCurrency && partner ? partner.currency : homeCurrency;
  useEffect(() => {
    const days = articleDate ? [articleDate.day, 'today' as const] : ['today' as const];
    sendToBackground('convert', { amounts: [mention], to, days }).then(
      (rows) => setAnswers(rows[0] ?? []),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [mention, to, articleDate]);

  return (
    <>
      <p class="big" data-deallens-original>{formatRange(mention.amount, mention.amountMax, mention.currency)}</p>
      <p class="muted">{`${mention.approx ? `${mention.approx.replace('-', ' ')} · ` : ''}currency: ${mention.currency} (${mention.currencyReason})`}</p>
      {error && <p class="warn">{`Could not convert: ${error}`}</p>}
      {!answers && !error && <p class="muted">Converting…</p>}
      {answers?.map((answer) => (
        <section key={answer.day} data-deallens-conversion={answer.day === 'today' ? 'today' : 'article'}>
          <div class="muted">
            {answer.day === 'today' ? `Today (${answer.askedDay})` : `At the article's date (${answer.askedDay}, from ${articleDate?.source})`}
          </div>
          {answer.conversion ? (
            <>
              <div class="big">{`≈ ${formatRange(answer.conversion.amount, answer.conversion.amountMax, answer.conversion.currency)}`}</div>
              <div class="muted">
                {`1 ${mention.currency} = ${formatRate(answer.conversion.rate)} ${answer.conversion.currency}, rate of ${answer.conversion.rateDate}` +
                  `${answer.conversion.rateDate < answer.askedDay && answer.day === 'today' ? ' (latest available)' : ''} · ${answer.conversion.source}`}
              </div>
              {partner && answer.day !== 'today' && <EquivalentCheck mention={mention} partner={partner} answer={answer} />}
            </>
          ) : (
            <div class="warn">{answer.problem}</div>
          )}
        </section>
      ))}
      {!articleDate && <p class="muted">No publication date found on this page: today's rate only.</p>}
    </>
  );
}

function EquivalentCheck({ mention, partner, answer }: { mention: MoneyMention; partner: MoneyMention; answer: ConversionAnswer }) {
  const conversion = answer.conversion;
  if (!conversion || partner.currency !== conversion.currency) return null;
  const difference = partner.amount / conversion.amount - 1;
  const consistent = Math.abs(difference) <= EQUIVALENT_TOLERANCE;
  const implied = partner.amount / mention.amount;
  return (
    <div class={consistent ? 'ok' : 'warn'} data-deallens-check={consistent ? 'consistent' : 'inconsistent'}>
      {`The article states ${formatMoney(partner.amount, partner.currency)}: ${consistent ? 'consistent' : 'not consistent'} with the rate ` +
        `(${difference >= 0 ? '+' : ''}${(difference * 100).toFixed(1)}%, tolerance ±${EQUIVALENT_TOLERANCE * 100}%; implied rate ${formatRate(implied)}).`}
    </div>
  );
}
