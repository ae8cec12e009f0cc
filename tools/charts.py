"""Small charts drawn as inline SVG: a report page needs no script or CDN for them."""

from __future__ import annotations

import html


def line_chart(values: list[float], *, label: str, title: str, reference: float | None = None,
               fit: tuple[float, float] | None = None, width: int = 300, height: int = 90) -> str:
    """Values one step apart as a line; `reference` a dashed red level (a target), `fit` a dotted blue line from its
    first to its last value (a fitted trend); `label` under the chart, `title` for screen readers."""
    pad = 8
    scale = values + ([reference] if reference is not None else []) + (list(fit) if fit else [])
    low, high = min(scale), max(scale)
    span = (high - low) or 1.0
    steps = max(len(values) - 1, 1)

    def x(i: float) -> float:
        return pad + (width - 2 * pad) * i / steps

    def y(v: float) -> float:
        return height - pad - (height - 2 * pad) * (v - low) / span

    points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts = [f'<svg class="chart" width="{width}" height="{height}" role="img" aria-label="{html.escape(title)}">',
             f'<polyline points="{points}" fill="none" stroke="#263238" stroke-width="2"/>']
    if reference is not None:
        parts.append(f'<line x1="{pad}" x2="{width - pad}" y1="{y(reference):.1f}" y2="{y(reference):.1f}" '
                     'stroke="#b71c1c" stroke-dasharray="4 3"/>')
    if fit is not None:
        parts.append(f'<line x1="{x(0):.1f}" x2="{x(steps):.1f}" y1="{y(fit[0]):.1f}" y2="{y(fit[1]):.1f}" '
                     'stroke="#1565c0" stroke-dasharray="1 3" stroke-width="2"/>')
    parts.append(f'<text x="{pad}" y="{height - 1}" font-size="9">{html.escape(label)}</text>')
    return "".join(parts) + "</svg>"
