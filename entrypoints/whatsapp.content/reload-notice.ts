import { translator, type Lang } from '@/lib/i18n';

/**
 * After the extension is reloaded or updated, this page's Cadre can no longer reach the
 * extension and its overlay is gone. A plain, dismissible notice (no extension API needed)
 * tells the user to reload instead of leaving them unprotected without knowing it.
 */
export function showReloadNotice(doc: Document, lang: Lang) {
  if (doc.querySelector('cadre-reload-notice')) return;
  const host = doc.createElement('cadre-reload-notice');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = translator(lang)('common.reloadPage');
  box.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:2147483000;max-width:320px;padding:10px 14px;' +
    'background:#fff4dc;color:#5c3d00;border:1px solid #f0d28f;border-radius:10px;' +
    'font:14px/1.4 Segoe UI,Helvetica,Arial,sans-serif;box-shadow:0 2px 8px rgb(0 0 0 / 12%);cursor:pointer';
  box.addEventListener('click', () => host.remove());
  shadow.append(box);
  doc.body.append(host);
}
