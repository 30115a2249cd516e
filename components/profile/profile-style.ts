import { THEME_CSS } from '../../lib/badge/band-theme';
import { BREAKDOWN_CSS } from '../why/breakdown-style';

/**
 * The look of extension pages (popup, full profile page). The theme variables are written for a shadow
 * host (`:host`); on a plain page they are declared on `:root` instead.
 */
export const PAGE_CSS = `${THEME_CSS.replace(/:host\(\[data-theme="dark"\]\)/g, ':root[data-theme="dark"]').replace(/:host/g, ':root')}
:root{color-scheme:light dark;--pl-up:#166534;--pl-down:#991b1b;--pl-collab:#2563eb;--pl-topic:#0d9488;--pl-inst:#b45309;--pl-accent-soft:#eff6ff}
@media (prefers-color-scheme: dark){:root{--pl-up:#4ade80;--pl-down:#fca5a5;--pl-collab:#93c5fd;--pl-topic:#5eead4;--pl-inst:#fcd34d;--pl-accent-soft:#1e3a5f}}
*{box-sizing:border-box}
body{margin:0;background:var(--pl-surface);color:var(--pl-ink);font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--pl-focus)}
h1{font-size:20px;margin:0 0 .2rem}
h2{font-size:14px;margin:1.1rem 0 .4rem;padding-top:.6rem;border-top:1px solid var(--pl-line)}
.line{margin:.2rem 0}
.muted{color:var(--pl-muted)}
.small{font-size:12px}
.error{color:var(--pl-down);font-weight:600}
.note{margin:.35rem 0;padding:.35rem .5rem;border-radius:.35rem;background:var(--pl-neutral);color:var(--pl-neutral-ink);font-size:12px}
.trust{display:inline-block;margin:0 .35rem .25rem 0;padding:.15rem .5rem;border-radius:.8rem;font-weight:600;
background:var(--pl-fill,var(--pl-neutral));color:var(--pl-fill-ink,var(--pl-neutral-ink))}
.level{display:inline-block;margin:0 0 .25rem;color:var(--pl-muted);font-weight:600}
.disputed-mark{display:inline-block;margin:0 .35rem .25rem 0;padding:.1rem .45rem;border:1px solid currentColor;border-radius:.8rem;font-weight:600;color:var(--pl-muted)}
.counts{display:grid;grid-template-columns:repeat(2,max-content);gap:.15rem 1.25rem;margin:.4rem 0;padding:0;list-style:none}
.action{padding:.35rem .75rem;border:1px solid var(--pl-line);border-radius:.4rem;background:var(--pl-surface);color:var(--pl-ink);cursor:pointer;font:inherit;font-weight:600}
.action:hover{border-color:var(--pl-focus)}
.action:disabled{opacity:.6;cursor:default}
.linkish{border:0;padding:0;background:none;color:var(--pl-focus);text-decoration:underline;cursor:pointer;font:inherit}
:focus-visible{outline:2px solid var(--pl-focus);outline-offset:2px}
${BREAKDOWN_CSS}
.ids a{margin-right:.6rem}
.topic-list,.collaborators,.institutions,.works{margin:0;padding:0;list-style:none}
.topic-list li{display:grid;grid-template-columns:1fr 7rem;gap:.6rem;align-items:center;margin:.2rem 0}
.share{position:relative;height:.9rem;border-radius:.3rem;background:var(--pl-neutral);overflow:hidden}
.share .bar{position:absolute;inset:0 auto 0 0;background:var(--pl-topic);opacity:.55}
.share .pct{position:relative;display:block;padding:0 .3rem;font-size:11px;line-height:.9rem;text-align:right}
.collaborators li,.institutions li{margin:.2rem 0}
.work{padding:.45rem 0;border-top:1px solid var(--pl-line)}
.work:first-child{border-top:0}
.work-meta{margin:0;color:var(--pl-muted);font-size:12px;text-transform:none}
.work-title{margin:.1rem 0;font-weight:600}
.work-title a{color:inherit;text-decoration:none}
.work-title a:hover{text-decoration:underline}
.retracted{margin-left:.3rem;padding:0 .35rem;border-radius:.3rem;background:var(--pl-error);color:var(--pl-error-ink);font-weight:700}
details summary{cursor:pointer;color:var(--pl-focus);font-size:12px}
.abstract{margin:.3rem 0;font-size:12px;line-height:1.5}
.label{color:var(--pl-muted);font-weight:600}
.graph{margin:0}
.graph svg{display:block;width:100%;height:auto;max-height:520px}
.edge{stroke:var(--pl-line);stroke-linecap:round}
.edge.collaborator{stroke:var(--pl-collab);opacity:.45}
.edge.topic{stroke:var(--pl-topic);opacity:.45}
.edge.institution{stroke:var(--pl-inst);opacity:.45}
.node circle{stroke:var(--pl-surface);stroke-width:2}
.node text{fill:var(--pl-ink);font-size:11px;paint-order:stroke;stroke:var(--pl-surface);stroke-width:3px;stroke-linejoin:round}
.node.self rect{fill:var(--pl-ink)}
.node.self text{font-weight:700;font-size:12px;fill:var(--pl-surface);stroke:none}
.node.collaborator circle{fill:var(--pl-collab)}
.node.topic circle{fill:var(--pl-topic)}
.node.institution circle{fill:var(--pl-inst)}
.node[role="link"]{cursor:pointer}
.node[role="link"]:hover circle{stroke:var(--pl-ink)}
.node:focus{outline:none}
.node:focus-visible circle{stroke:var(--pl-focus);stroke-width:4}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:11px;margin-top:.3rem}
.key::before{content:"";display:inline-block;width:.6rem;height:.6rem;margin-right:.3rem;border-radius:50%;vertical-align:-.05rem}
.key.collaborator::before{background:var(--pl-collab)}
.key.topic::before{background:var(--pl-topic)}
.key.institution::before{background:var(--pl-inst)}
.search{position:relative}
.search-label{display:block;font-weight:600;margin:0 0 .3rem}
.search input{width:100%;padding:.5rem .6rem;border:1px solid var(--pl-line);border-radius:.45rem;background:var(--pl-surface);color:var(--pl-ink);font:inherit;font-size:14px}
.search input:focus{outline:2px solid var(--pl-focus);outline-offset:0;border-color:transparent}
.list-title{margin:.6rem 0 .2rem;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:var(--pl-muted)}
.options{margin:.3rem 0 0;padding:0;list-style:none;border:1px solid var(--pl-line);border-radius:.45rem;overflow:hidden}
.option{display:grid;grid-template-columns:1fr auto;gap:0 .5rem;padding:.4rem .6rem;cursor:pointer;border-top:1px solid var(--pl-line)}
.option:first-child{border-top:0}
.option.active{background:var(--pl-accent-soft)}
.option-name{font-weight:600}
.option-trust{font-size:11px;color:var(--pl-muted);white-space:nowrap}
.option-hint{grid-column:1 / -1;font-size:12px;color:var(--pl-muted)}
.search-status{margin:.5rem 0 0;min-height:1.2em}
.problem{margin:.6rem 0}`;
