"""Is a monthly series drifting, and where is it heading? The Mann-Kendall test (Kendall's tau of the values against
time) says whether the series moves one way more than chance allows; the Theil-Sen slope (the median of the slopes
between every pair of months) says by how much a month. Both use ranks and medians, so one odd month neither makes nor
hides a trend, and neither assumes the values are normally distributed: right for 6-24 monthly KPI points. An EWMA
control chart was the alternative; it needs a stable baseline period and a known process sigma, which a short
supplier KPI export does not give."""

from __future__ import annotations

import math

from pydantic import BaseModel


class Trend(BaseModel):
    points: int
    tau: float  # Kendall's tau of value against time: +1 always rising, -1 always falling
    p_value: float  # how likely a movement this consistent is in a series with no trend
    slope: float  # Theil-Sen: change per month
    fitted_last: float  # the line's value at the last month (less jumpy than the last value itself)
    significant: bool


def trend(values: list[float], *, alpha: float) -> Trend | None:
    """The trend of values one month apart (oldest first); None with fewer than three points or a flat series."""
    from scipy.stats import kendalltau, theilslopes

    if len(values) < 3 or len(set(values)) == 1:
        return None
    months = list(range(len(values)))
    tau, p_value = kendalltau(months, values)
    slope, intercept, _, _ = theilslopes(values, months)
    p = 1.0 if math.isnan(p_value) else float(p_value)
    return Trend(points=len(values), tau=round(float(tau), 3), p_value=round(p, 4), slope=round(float(slope), 3),
                 fitted_last=round(float(intercept + slope * months[-1]), 2), significant=p < alpha)


def months_to_cross(trend: Trend, target: float, *, higher_is_better: bool) -> float | None:
    """Months from the last point until the fitted line crosses the target, if it is heading there and has not yet
    crossed it; None otherwise."""
    heading_down = trend.slope < 0
    if trend.slope == 0 or heading_down != higher_is_better:
        return None
    still_on_target = trend.fitted_last >= target if higher_is_better else trend.fitted_last <= target
    if not still_on_target:
        return None
    return round((target - trend.fitted_last) / trend.slope, 1)
