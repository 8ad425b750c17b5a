import { closest } from './selectors';

// The preview is found in preview.ts; re-exported where the attachment guard looks for it.
export { closeMediaPreview, isMediaPreviewOpen } from './preview';

// Files on their way into WhatsApp: chosen through the attach menu's file inputs, dropped
// on the conversation, or pasted into a composer. Cadre only looks (capture phase,
// nothing prevented); WhatsApp opens its media preview as usual, and the guard warns
// over it before anything can be sent.

export type AttachmentSource = 'picker' | 'drop' | 'paste';
export type AttachmentKind = 'document' | 'screenshot' | 'photo' | 'other';

export interface IncomingFiles {
  files: File[];
  source: AttachmentSource;
}

/** Calls `onFiles` for every file the user is about to give WhatsApp. Returns a stop. */
export function watchIncomingFiles(win: Window, onFiles: (incoming: IncomingFiles) => void) {
  const onChange = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const files = [...(input.files ?? [])];
    if (files.length) onFiles({ files, source: 'picker' });
  };
  const onDrop = (event: DragEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !closest(target, 'dropZone')) return;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) onFiles({ files, source: 'drop' });
  };
  const onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length) onFiles({ files, source: 'paste' });
  };
  win.addEventListener('change', onChange, true);
  win.addEventListener('drop', onDrop, true);
  win.addEventListener('paste', onPaste, true);
  return () => {
    win.removeEventListener('change', onChange, true);
    win.removeEventListener('drop', onDrop, true);
    win.removeEventListener('paste', onPaste, true);
  };
}

const DOCUMENT_EXTENSIONS = new Set([
  'pdf',
  'doc',
  'docx',
  'docm',
  'dot',
  'dotx',
  'rtf',
  'odt',
  'ott',
  'pages',
  'xls',
  'xlsx',
  'xlsm',
  'xlsb',
  'ods',
  'numbers',
  'csv',
  'tsv',
  'ppt',
  'pptx',
  'pps',
  'ppsx',
  'odp',
  'key',
  'txt',
  'md',
  'json',
  'xml',
  'html',
  'htm',
  'eml',
  'msg',
  'vcf',
  'ics',
  'zip',
  'rar',
  '7z',
  'tar',
  'gz',
  'tgz',
]);

const SCREENSHOT_NAME =
  /^(?:screenshot|screen ?shot|capture d['’ ]?(?:é|e)cran|capture du|capture_d|capture-d|cleanshot|snip|bildschirmfoto|schermata|captura de pantalla)/i;

const PHOTO_EXTENSIONS = new Set([
  'jpg',
  'jpeg',
  'heic',
  'heif',
  'webp',
  'avif',
  'gif',
  'png',
  'bmp',
  'tif',
  'tiff',
]);

// Full screens and windows at common sizes, either way up (phones are portrait).
const SCREEN_SIZES = [
  [1024, 768],
  [1280, 720],
  [1280, 800],
  [1280, 1024],
  [1360, 768],
  [1366, 768],
  [1440, 900],
  [1536, 864],
  [1600, 900],
  [1680, 1050],
  [1920, 1080],
  [1920, 1200],
  [2048, 1152],
  [2560, 1080],
  [2560, 1440],
  [2560, 1600],
  [2880, 1800],
  [3024, 1964],
  [3072, 1920],
  [3440, 1440],
  [3456, 2234],
  [3840, 2160],
  [2736, 1824],
  [2256, 1504],
  [750, 1334],
  [828, 1792],
  [1080, 1920],
  [1080, 2340],
  [1080, 2400],
  [1125, 2436],
  [1170, 2532],
  [1179, 2556],
  [1242, 2688],
  [1284, 2778],
  [1290, 2796],
  [1440, 3200],
  [2048, 1536],
  [2224, 1668],
  [2388, 1668],
  [2732, 2048],
];

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isScreenSize(width: number, height: number): boolean {
  return SCREEN_SIZES.some(
    ([w, h]) => (w === width && h === height) || (w === height && h === width),
  );
}

export interface FileFacts {
  name: string;
  type: string;
  source: AttachmentSource;
  /** Image dimensions, when read. */
  width?: number;
  height?: number;
}

/**
 * What a file is, as far as the charter cares: documents and screenshots are warned
 * about; other photos get a reminder. Clipboard images are screenshots: that is how
 * people get an image into a clipboard.
 */
export function classifyFile(file: FileFacts): AttachmentKind {
  const extension = extensionOf(file.name);
  const isImage = file.type.startsWith('image/') || PHOTO_EXTENSIONS.has(extension);
  if (isImage) {
    if (file.source === 'paste') return 'screenshot';
    if (SCREENSHOT_NAME.test(file.name.trim())) return 'screenshot';
    const png = file.type === 'image/png' || extension === 'png';
    if (png && file.width && file.height && isScreenSize(file.width, file.height))
      return 'screenshot';
    return 'photo';
  }
  if (file.type.startsWith('video/') || file.type.startsWith('audio/')) return 'other';
  if (DOCUMENT_EXTENSIONS.has(extension)) return 'document';
  if (/^(application|text)\//.test(file.type)) return 'document';
  return extension ? 'document' : 'other';
}

/** Whether reading the image's size could change the verdict (a PNG that is not yet one). */
export function needsDimensions(file: FileFacts): boolean {
  const png = file.type === 'image/png' || extensionOf(file.name) === 'png';
  return png && file.width === undefined && classifyFile(file) === 'photo';
}

/** The image's pixel size, or null when it cannot be decoded. */
export async function readImageSize(file: Blob): Promise<{ width: number; height: number } | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return null;
  }
}
