import { THEME_CSS } from '../../lib/badge/band-theme';
import { BREAKDOWN_CSS } from '../../components/why/breakdown-style';

/** The card's look; it lives in a shadow root, so page styles neither reach in nor leak out. */
export const CARD_CSS = `${THEME_CSS}
.card{box-sizing:border-box;width:20rem;max-width:calc(100vw - 16px);max-height:min(75vh,36rem,var(--pl-card-max,36rem));overflow:auto;
padding:.75rem .85rem;border:1px solid var(--pl-line);border-radius:.6rem;background:var(--pl-surface);color:var(--pl-ink);
box-shadow:0 6px 24px rgba(0,0,0,.18);font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;text-align:left;
color-scheme:light dark}
.card:focus{outline:none}
.card:focus-visible{outline:2px solid var(--pl-focus)}
.head{display:flex;align-items:flex-start;justify-content:space-between;gap:.5rem;margin:0 0 .45rem}
.brand{margin:0 0 .1rem;font-size:10px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--pl-muted)}
.name{font-weight:600;font-size:14px;margin:0}
.as{color:var(--pl-muted);font-size:12px;margin:.1rem 0 0}
.close{border:0;background:none;color:var(--pl-muted);font-size:16px;line-height:1;padding:.1rem .3rem;cursor:pointer;border-radius:.3rem}
.close:focus-visible{outline:2px solid var(--pl-focus)}
.trust{display:inline-block;margin:0 .35rem .25rem 0;padding:.15rem .5rem;border-radius:.8rem;font-weight:600;
background:var(--pl-fill,var(--pl-neutral));color:var(--pl-fill-ink,var(--pl-neutral-ink))}
.level{display:inline-block;margin:0 0 .25rem;color:var(--pl-muted);font-weight:600}
.disputed-mark{display:inline-block;margin:0 .35rem .25rem 0;padding:.1rem .45rem;border:1px solid currentColor;border-radius:.8rem;font-weight:600;color:var(--pl-muted)}
.line{margin:.2rem 0}
.muted{color:var(--pl-muted)}
.note{margin:.35rem 0;padding:.35rem .5rem;border-radius:.35rem;background:var(--pl-neutral);color:var(--pl-neutral-ink);font-size:12px}
.counts{display:grid;grid-template-columns:1fr 1fr;gap:.15rem .75rem;margin:.4rem 0;padding:0;list-style:none}
.candidates{margin:.4rem 0 0;padding:0;list-style:none}
.candidates li{padding:.45rem 0;border-top:1px solid var(--pl-line)}
.action{margin-top:.5rem;padding:.3rem .7rem;border:1px solid var(--pl-line);border-radius:.35rem;background:var(--pl-surface);color:var(--pl-ink);cursor:pointer;font:inherit;font-weight:600}
.action:hover{border-color:var(--pl-focus)}
.action:focus-visible,.linkish:focus-visible,.disclosure:focus-visible{outline:2px solid var(--pl-focus);outline-offset:1px}
.linkish{border:0;padding:0;background:none;color:var(--pl-focus);text-decoration:underline;cursor:pointer;font:inherit}
.acts{display:flex;flex-wrap:wrap;align-items:center;gap:.2rem .5rem;margin:.5rem 0 .2rem}
.acts .action{margin-top:0}
.acts .note{flex-basis:100%;margin:0}
.action[aria-pressed="true"]{border-color:var(--pl-focus);color:var(--pl-focus)}
.follow-group{display:inline-flex;align-items:center;gap:.6rem;margin-right:.4rem}
.followers{font-size:12px}
.claim-line{flex-basis:100%;margin:.15rem 0}
.claim-line .action{margin:.3rem 0 0}
.label{color:var(--pl-muted);font-weight:600}
.next{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 .2rem}
.next .action{margin-top:0}
.legend{margin:.6rem 0 0;padding-top:.4rem;border-top:1px solid var(--pl-line);font-size:12px}
.legend summary{cursor:pointer;color:var(--pl-focus);font-weight:600}
.legend summary:focus-visible{outline:2px solid var(--pl-focus);outline-offset:1px}
.legend ul{margin:.35rem 0;padding:0;list-style:none}
.legend li{margin:.2rem 0}
.chip{display:inline-flex;align-items:center;padding:0 .4rem;border-radius:.7rem;font-size:11px;font-weight:600;line-height:1.5;
background:var(--pl-fill,var(--pl-neutral));color:var(--pl-fill-ink,var(--pl-neutral-ink))}
.chip.mark{justify-content:center;min-width:1.4em;padding:0}
${BREAKDOWN_CSS}`;
