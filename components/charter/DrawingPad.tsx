import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

/**
 * An optional drawn signature. The canvas takes pointer input only; it is not in the tab
 * order, so keyboard users pass it by, the typed signature being enough.
 */
export function DrawingPad({
  t,
  onChange,
}: {
  t: Translate;
  onChange: (png: string | undefined) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1f2b33';
  }, []);

  const point = (event: PointerEvent) => {
    const box = canvas.current!.getBoundingClientRect();
    const scale = canvas.current!.width / box.width;
    return [(event.clientX - box.left) * scale, (event.clientY - box.top) * scale] as const;
  };
  const start = (event: PointerEvent) => {
    const context = canvas.current!.getContext('2d')!;
    drawing.current = true;
    canvas.current!.setPointerCapture(event.pointerId);
    context.beginPath();
    context.moveTo(...point(event));
  };
  const move = (event: PointerEvent) => {
    if (!drawing.current) return;
    const context = canvas.current!.getContext('2d')!;
    context.lineTo(...point(event));
    context.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    const element = canvas.current!;
    element.getContext('2d')!.clearRect(0, 0, element.width, element.height);
    onChange(undefined);
  };

  return (
    <fieldset class="drawing">
      <legend>{t('onboarding.drawingLegend')}</legend>
      <p class="field-help">{t('onboarding.drawingHelp')}</p>
      <canvas
        ref={canvas}
        class="drawing-canvas"
        width={480}
        height={140}
        role="img"
        aria-label={t('onboarding.drawingCanvas')}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <button type="button" class="button" onClick={clear}>
        {t('onboarding.drawingClear')}
      </button>
    </fieldset>
  );
}
