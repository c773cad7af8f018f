// The deal store's fill under "Deals": how many deals it holds against its limits, how many captured
// deals were removed to stay under them (and when last), and the last capture's failure.
import { useEffect, useState } from 'preact/hooks';
import type { StoreStatus } from '../messages/contract';
import { sendToBackground } from '../messages/send';
import { t } from '../platform/i18n';

const megabytes = (bytes: number, locale: string) => (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 });

export function StoreStatusLine({ locale }: { locale: string }) {
  const [status, setStatus] = useState<StoreStatus | null>(null);
  useEffect(() => {
    void sendToBackground('storeStatus', {}).then(setStatus, () => undefined);
  }, []);
  if (!status) return null;
  const day = (iso: string) => new Date(iso).toLocaleString(locale);
  return (
    <div id="store-status">
      <p class="muted">
        {t('storeStatusCount', status.deals.toLocaleString(locale), megabytes(status.bytes, locale), status.maxDeals.toLocaleString(locale), megabytes(status.maxBytes, locale))}
      </p>
      {status.evicted && <p class="muted" id="store-evicted">{t('storeStatusEvicted', status.evicted.count.toLocaleString(locale), day(status.evicted.at))}</p>}
      {status.captureFailure && <p class="warn" id="capture-failure">{t('storeStatusCaptureFailed', day(status.captureFailure.at), status.captureFailure.reason)}</p>}
    </div>
  );
}
