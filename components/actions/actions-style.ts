/** Styles of the action views (account, follow, claim, connect, inbox, my profile), on top of PAGE_CSS. */
export const ACTIONS_CSS = `
.account{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;margin:0 0 .6rem;font-size:12px}
.account .follow-offer,.account>.error{flex-basis:100%;margin:0}
.follow-offer p{margin:0 0 .4rem}
.account .who{margin:0}
.tabs{display:flex;gap:.2rem;margin:0 0 .7rem;border-bottom:1px solid var(--pl-line)}
.tabs button{padding:.35rem .6rem;border:0;border-bottom:2px solid transparent;background:none;color:var(--pl-muted);font:inherit;font-weight:600;cursor:pointer}
.tabs button[aria-selected="true"]{color:var(--pl-ink);border-bottom-color:var(--pl-focus)}
.count{display:inline-block;min-width:1.2em;margin-left:.25rem;padding:0 .3rem;border-radius:.6rem;background:var(--pl-focus);color:#fff;font-size:11px;text-align:center}
.actions-row{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;margin:.5rem 0}
.follow{display:inline-flex;align-items:center;gap:.6rem}
.followers{font-size:12px}
.action.on{background:var(--pl-accent-soft);border-color:var(--pl-focus)}
.action.primary{background:var(--pl-focus);border-color:var(--pl-focus);color:#fff}
.action:disabled{opacity:.6;cursor:default}
.reason{margin:.3rem 0;color:var(--pl-muted);font-size:12px}
.result{margin:.5rem 0;padding:.5rem .65rem;border-radius:.4rem;border:1px solid var(--pl-line)}
.result.approved{border-color:var(--pl-up)}
.result.pending{border-color:var(--pl-inst)}
.result.disputed{border-color:var(--pl-down)}
.result h3{margin:0 0 .25rem;font-size:13px}
.form{display:grid;gap:.45rem;margin:.5rem 0}
.form label{display:grid;gap:.15rem;font-weight:600;font-size:12px}
.form textarea,.form input[type="text"]{font:inherit;padding:.35rem .45rem;border:1px solid var(--pl-line);border-radius:.35rem;background:var(--pl-surface);color:var(--pl-ink)}
.form textarea{min-height:6rem;resize:vertical}
.counter{justify-self:end;color:var(--pl-muted);font-size:11px}
.counter.over{color:var(--pl-down);font-weight:700}
.items{list-style:none;margin:0;padding:0}
.items>li{padding:.5rem 0;border-bottom:1px solid var(--pl-line)}
.items .new{color:var(--pl-up);font-weight:700}
.works-mini{margin:.2rem 0 0;padding-left:1rem;font-size:12px}
.status{font-size:12px;color:var(--pl-muted)}
.form label.check,label.check{display:flex;align-items:center;gap:.4rem;font-weight:600;font-size:13px}
label.check input{margin:0}
.claim-name{margin:.1rem 0 0;padding:0;border:0;font-size:15px}
.dispute summary{font-size:12px}`;
