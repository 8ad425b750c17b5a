import { useEffect, useState } from 'preact/hooks';

/** The element's box on screen, kept current as it resizes or the window does. */
export function useAnchorRect(element: HTMLElement | null): DOMRect | null {
  const [rect, setRect] = useState<DOMRect | null>(null);
  useEffect(() => {
    if (!element) {
      setRect(null);
      return;
    }
    const win = element.ownerDocument.defaultView ?? window;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = element.getBoundingClientRect();
        setRect((prev) =>
          prev &&
          prev.top === next.top &&
          prev.left === next.left &&
          prev.width === next.width &&
          prev.height === next.height
            ? prev
            : next,
        );
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    win.addEventListener('resize', measure);
    // Panels open and close beside the footer without resizing it: re-measure now and then.
    const timer = setInterval(measure, 1000);
    return () => {
      observer.disconnect();
      win.removeEventListener('resize', measure);
      clearInterval(timer);
      cancelAnimationFrame(frame);
    };
  }, [element]);
  return rect;
}
