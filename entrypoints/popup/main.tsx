import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { PopupApp } from '@/components/popup/PopupApp';
import { tabFromHash } from '@/components/popup/PopupTabs';
import { createActionsClient } from '@/lib/actions/client';
import { notificationSetting } from '@/lib/follow/notification-setting';
import { checkServiceHealth, type ServiceHealth } from '@/components/popup/health';
import { readServiceUrl } from '@/lib/config/service-url';
import { serviceProfileSource } from '@/lib/profile/profile-source';
import { LOOKUP_PARAM, recogniseSelection } from '@/lib/lookup/selection-query';

// Extension pages forbid eval; zod would fall back by itself, but Firefox's review tool flags the attempt.
z.config({ jitless: true });

const serviceUrl = () => readServiceUrl(browser.storage.local, __PEERLENS_SERVICE_URL__);
const source = serviceProfileSource(serviceUrl);
const actions = createActionsClient((message) => browser.runtime.sendMessage(message));
const notifications = notificationSetting(browser.storage.local, browser.permissions);
// Opened from the context menu's "Look up ‹selection›": the selection comes in the query string.
const selection = new URLSearchParams(location.search).get(LOOKUP_PARAM);
const lookup = selection === null ? undefined : recogniseSelection(selection);

/** The page the reader is on: the active tab of the popup's window, when it shows a web page. */
async function activePageUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.url && /^https?:\/\//.test(tab.url) ? tab.url : null;
}

function Popup() {
  const [url, setUrl] = useState(__PEERLENS_SERVICE_URL__);
  const [health, setHealth] = useState<ServiceHealth | 'checking'>('checking');
  const [notify, setNotify] = useState<boolean | null>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  useEffect(() => void notifications.on().then(setNotify), []);
  useEffect(() => void activePageUrl().then(setPageUrl), []);
  useEffect(() => {
    void (async () => {
      const u = await serviceUrl();
      setUrl(u);
      setHealth(await checkServiceHealth(u));
    })();
  }, []);
  if (notify === null) return null;
  return (
    <PopupApp
      actions={actions}
      initialTab={tabFromHash(location.hash)}
      lookup={lookup}
      site={pageUrl ? { tabUrl: pageUrl, area: browser.storage.local } : undefined}
      notifications={{
        on: notify,
        // Kept here too: the Following tab is remounted on each visit and starts from this value.
        set: async (on) => {
          const problem = await notifications.set(on);
          setNotify(await notifications.on());
          return problem;
        },
      }}
      source={source}
      recentArea={browser.storage.local}
      health={health}
      serviceUrl={url}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      openFullPage={(id) => {
        void browser.tabs.create({ url: `${browser.runtime.getURL('/profile.html')}#${id}` }).then(() => window.close());
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
