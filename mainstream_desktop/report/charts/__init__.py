"""Vector charts of the report, drawn with reportlab.graphics from core.figures data."""

from mainstream_desktop.report.charts.coherence import coherence_chart, score_gauge
from mainstream_desktop.report.charts.coverage import coverage_heatmap, coverage_summary
from mainstream_desktop.report.charts.grid import power_interest_chart
from mainstream_desktop.report.charts.network import network_chart

__all__ = ["coherence_chart", "coverage_heatmap", "coverage_summary", "network_chart",
           "power_interest_chart", "score_gauge"]
