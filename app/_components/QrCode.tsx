/**
 * A QR code of a text (a share link) as one SVG path, drawn crisp at any size and in print: the
 * boss opens the report by scanning it in WeChat. Medium error correction, a quiet zone of four.
 *
 *   <QrCode text={url} label="…" size={160} />
 */
import { encode } from 'uqr';

export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const { data, size: cells } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${cells} ${cells}`}
      shapeRendering="crispEdges"
      className="qr-code"
      data-testid="share-qr"
    >
      <rect width={cells} height={cells} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
