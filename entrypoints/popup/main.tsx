import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupStatus } from '@/components/PopupStatus';
import { checkServiceHealth, type ServiceHealth } from '@/lib/config/health';
import { readServiceUrl } from '@/lib/config/service-url';

function Popup() {
  const [serviceUrl, setServiceUrl] = useState(__PEERLENS_SERVICE_URL__);
  const [health, setHealth] = useState<ServiceHealth | 'checking'>('checking');
  useEffect(() => {
    void (async () => {
      const url = await readServiceUrl(browser.storage.local, __PEERLENS_SERVICE_URL__);
      setServiceUrl(url);
      setHealth(await checkServiceHealth(url));
    })();
  }, []);
  return <PopupStatus health={health} serviceUrl={serviceUrl} />;
}

render(<Popup />, document.getElementById('app')!);
